/** pg-boss queues of the notification centre. */
export const NOTIFICATION_EMAIL = 'notification-email';
export const DIGEST_QUEUES = { daily: 'notification-digest-daily', weekly: 'notification-digest-weekly' } as const;
/**
 * Digest jobs run every hour; each person's digest goes out with the first run after 08:00 in
 * their own time zone (every day, or on Monday), so Tallinn and Bishkek both read it in the morning.
 */
export const DIGEST_CRON = { daily: '0 * * * *', weekly: '0 * * * *' } as const;
/** The local hour at which a person's digest is due. */
export const DIGEST_LOCAL_HOUR = 8;
