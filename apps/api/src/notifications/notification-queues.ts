/** pg-boss queues of the notification centre. */
export const NOTIFICATION_EMAIL = 'notification-email';
export const DIGEST_QUEUES = { daily: 'notification-digest-daily', weekly: 'notification-digest-weekly' } as const;
/** When digests go out (UTC): every morning, and Monday mornings. */
export const DIGEST_CRON = { daily: '0 6 * * *', weekly: '0 6 * * 1' } as const;
