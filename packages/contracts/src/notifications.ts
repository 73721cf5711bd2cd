import { z } from 'zod';
import { Id, Timestamp } from './common';

/** What a notification is about; each kind has its own delivery preference. */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'direct-message',
  'conversation-message',
  'join-request',
  'join-decision',
  'exchange-invitation',
  'exchange-changed',
  'exchange-cancelled',
  'exchange-reminder',
  'match-proposal',
  'check-in',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * Every notification is in the centre (in-app); the delivery adds mail: now, or in a daily or
 * weekly digest of those still unread.
 */
export const NOTIFICATION_DELIVERIES = ['in-app', 'email', 'daily', 'weekly'] as const;
export const NotificationDelivery = z.enum(NOTIFICATION_DELIVERIES);
export type NotificationDelivery = z.infer<typeof NotificationDelivery>;

/**
 * Defaults, for people who never chose: the conversation kinds stay in the app (a daily digest for
 * mentions and direct messages, so someone away still hears of them), what has a date or needs an
 * answer is mailed at once, join requests are gathered in a daily digest for those who decide.
 */
export const DEFAULT_NOTIFICATION_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  mention: 'daily',
  reply: 'in-app',
  'direct-message': 'daily',
  'conversation-message': 'in-app',
  'join-request': 'daily',
  'join-decision': 'email',
  'exchange-invitation': 'email',
  'exchange-changed': 'email',
  'exchange-cancelled': 'email',
  'exchange-reminder': 'email',
  'match-proposal': 'email',
  'check-in': 'email',
};

export const Notification = z
  .object({
    id: Id,
    kind: NotificationKind,
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
    /** Who caused it (null for the platform itself: reminders, check-ins). */
    actor: z.object({ id: Id, name: z.string() }).nullable(),
    /** The title of what it is about: the conversation, group, exchange or learning need. */
    title: z.string(),
    /** Where it leads in the web app, a path such as /conversations/<id>. */
    link: z.string(),
    /** Small details per kind: excerpt, decision, startsAt, months… */
    params: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** Keyset pagination, newest first: `before` is the `nextCursor` of the previous page. */
export const NotificationQuery = z.strictObject({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = z
  .object({ items: z.array(Notification), nextCursor: z.string().nullable(), unread: z.number().int() })
  .meta({ id: 'NotificationPage' });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const NotificationPreferences = z
  .object({ kinds: z.record(NotificationKind, NotificationDelivery) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** Only the kinds given change. */
export const UpdateNotificationPreferences = z.strictObject({ kinds: z.partialRecord(NotificationKind, NotificationDelivery) });
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferences>;

/**
 * What a person hears of one conversation: every message, only mentions and replies to them
 * (the default for group and exchange conversations; direct ones notify every message), or nothing.
 */
export const ConversationNotificationLevel = z.enum(['all', 'mentions', 'muted']);
export type ConversationNotificationLevel = z.infer<typeof ConversationNotificationLevel>;
export const ConversationLevel = z.object({ conversationId: Id, level: ConversationNotificationLevel }).meta({ id: 'ConversationLevel' });
export type ConversationLevel = z.infer<typeof ConversationLevel>;
export const SetConversationLevel = z.strictObject({ level: ConversationNotificationLevel });
export type SetConversationLevel = z.infer<typeof SetConversationLevel>;

/**
 * One-click unsubscribe (RFC 8058): the token from the mail, in the query (the List-Unsubscribe
 * URL) or the body (the web page). Mail clients post `List-Unsubscribe=One-Click` as a form.
 */
export const UnsubscribeQuery = z.strictObject({ token: z.string().max(500).optional() });
export const UnsubscribeBody = z.looseObject({ token: z.string().max(500).optional() });
export const UnsubscribeResult = z.object({ kinds: z.array(NotificationKind), delivery: NotificationDelivery }).meta({ id: 'UnsubscribeResult' });
export type UnsubscribeResult = z.infer<typeof UnsubscribeResult>;

/**
 * The kinds an unsubscribe token stops (one per mail; a digest's covers the kinds it gathered),
 * read without checking its signature: the page says what it will do, the API checks.
 */
export function unsubscribeTokenKinds(token: string): NotificationKind[] {
  try {
    const [payload] = token.split('.');
    const base64 = (payload ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64)) as { k?: unknown };
    const parsed = z.array(NotificationKind).min(1).safeParse(json.k);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Live: a new notification, with my unread count after it. */
export const NotificationNew = z.object({ notification: Notification, unread: z.number().int() });
export type NotificationNew = z.infer<typeof NotificationNew>;
/** Live: notifications were read in one of my tabs (`ids: null` = all of them): my other tabs follow. */
export const NotificationRead = z.object({ ids: z.array(Id).nullable(), unread: z.number().int() }).meta({ id: 'NotificationRead' });
export type NotificationRead = z.infer<typeof NotificationRead>;
