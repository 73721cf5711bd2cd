import { z } from 'zod';
import type { HistoryPage, JoinConversation, MarkRead, Message, PresenceEvent, PresenceQuery, ReadUpdated, SendMessage, SetPresence, TypingEvent, TypingPayload } from './conversations';
import type { CaseStudyComment, CaseStudyCommentList, CaseStudyCommentRemoved, WatchCaseStudy } from './case-studies';
import { ErrorCode } from './errors';
import { RegistrationStatus } from './exchanges';
import type { NotificationNew, NotificationRead } from './notifications';

/**
 * Socket.io events, defined once: the gateway types its Server with these maps and the web app its
 * Socket. Every inbound payload is still parsed with its schema on the server.
 * The handshake carries the access token: `io(url, { auth: { token } })`.
 */
export const SessionNotice = z.object({
  reason: z.enum(['token-expiring', 'signed-out', 'password-reset', 'suspended', 'session-revoked']),
  message: z.string(),
});
export type SessionNotice = z.infer<typeof SessionNotice>;

export const RealtimeError = z.object({ code: ErrorCode, message: z.string(), event: z.string().optional() });
export type RealtimeError = z.infer<typeof RealtimeError>;

export const RefreshTokenPayload = z.strictObject({ token: z.string().min(10) });
export type RefreshTokenPayload = z.infer<typeof RefreshTokenPayload>;

export const Welcome = z.object({ personId: z.string(), serverTime: z.string() });
export type Welcome = z.infer<typeof Welcome>;

/** Something about the person's place in an alliance or group changed: refetch what depends on it. */
export const MembershipChanged = z.object({
  allianceId: z.string(),
  groupId: z.string().nullable(),
  change: z.enum(['joined', 'approved', 'rejected', 'invited', 'removed', 'role-changed', 'suspended', 'reinstated']),
});
export type MembershipChanged = z.infer<typeof MembershipChanged>;

export const WatchConversations = z.strictObject({});
export type WatchConversations = z.infer<typeof WatchConversations>;
export const WatchedConversations = z.object({ conversationIds: z.array(z.string()) });
export type WatchedConversations = z.infer<typeof WatchedConversations>;

/** Starts (or stops) receiving an exchange's live events; joining checks that I may see the exchange. */
export const WatchExchange = z.strictObject({ exchangeId: z.uuid() });
export type WatchExchange = z.infer<typeof WatchExchange>;

/**
 * Registrations of an exchange changed (someone answered, was promoted from the waitlist, approved
 * or refused): who changed to what, and the counts after the change.
 */
export const ExchangeRegistrationsChanged = z.object({
  exchangeId: z.string(),
  changes: z.array(z.object({ personId: z.string(), status: RegistrationStatus, reason: z.enum(['answered', 'promoted', 'approved', 'refused']) })),
  counts: z.object({ going: z.number().int(), maybe: z.number().int(), waitlisted: z.number().int(), pending: z.number().int() }),
});
export type ExchangeRegistrationsChanged = z.infer<typeof ExchangeRegistrationsChanged>;

export interface ServerToClientEvents {
  /** The person's memberships changed (a request was decided, they were invited, removed…). */
  'membership:changed': (payload: MembershipChanged) => void;
  /** Sent once the connection is authenticated. */
  'session:welcome': (payload: Welcome) => void;
  /** The access token is about to expire (refresh it and send `session:refresh`), or the session ended. */
  'session:notice': (payload: SessionNotice) => void;
  /** A request on this socket was refused (flooding, bad payload). */
  error: (payload: RealtimeError) => void;
  /** A new message in a conversation this connection joined or watches. */
  'message:new': (message: Message) => void;
  /** A message was edited, deleted, removed or reacted to. */
  'message:updated': (message: Message) => void;
  'typing': (event: TypingEvent) => void;
  /** My read position moved (in this tab or another of mine). */
  'read:updated': (event: ReadUpdated) => void;
  'presence': (event: PresenceEvent) => void;
  /** An exchange I take part in is coming up, changed or was cancelled. */
  'exchange:notice': (payload: { exchangeId: string; kind: 'reminder' | 'changed' | 'cancelled'; title: string }) => void;
  /** Someone's registration for an exchange I watch (`exchange:watch`) changed. */
  'exchange:registrations': (payload: ExchangeRegistrationsChanged) => void;
  /** Someone mentioned me (by name or as @group) in a conversation I may read. */
  'mention': (payload: { message: Message; conversationTitle: string }) => void;
  /** I may no longer read this conversation (removed from the group, suspended). */
  'conversation:revoked': (payload: { conversationId: string }) => void;
  /** A comment on a case study this connection watches. */
  'case-study:comment': (comment: CaseStudyComment) => void;
  /** Its author deleted a comment on a case study this connection watches. */
  'case-study:comment-removed': (payload: CaseStudyCommentRemoved) => void;
  /** Who may read the study changed: this socket no longer watches it; watch again (the server checks again). */
  'case-study:access-changed': (payload: { caseStudyId: string }) => void;
  /** A new notification for me (to every tab of mine), with my unread count after it. */
  'notification:new': (payload: NotificationNew) => void;
  /** Notifications were marked read in one of my tabs (`ids: null`: all): the others follow. */
  'notification:read': (payload: NotificationRead) => void;
}

export type Ack<T> = (result: { ok: true; value: T } | { ok: false; error: RealtimeError }) => void;

export interface ClientToServerEvents {
  /** Starts receiving a conversation's events; the answer carries the messages after afterSeq. */
  'conversation:join': (payload: JoinConversation, ack: Ack<HistoryPage>) => void;
  'conversation:leave': (payload: { conversationId: string }, ack: Ack<null>) => void;
  /**
   * Keeps unread counts live: from now on this connection also receives `message:new` of every
   * conversation its person may read (not only the joined ones). Send it again after `membership:changed`.
   */
  'conversations:watch': (payload: WatchConversations, ack: Ack<WatchedConversations>) => void;
  /** Persisted first, then acknowledged, then broadcast. The same clientId twice creates one message. */
  'message:send': (payload: SendMessage, ack: Ack<Message>) => void;
  'typing': (payload: TypingPayload) => void;
  'read': (payload: MarkRead, ack: Ack<ReadUpdated>) => void;
  /** This tab is in use (online) or in the background (away). A person is online when any tab is. */
  'presence:set': (payload: SetPresence) => void;
  /** Starts receiving an exchange's live events (`exchange:registrations`); NOT_FOUND if I may not see it. */
  'exchange:watch': (payload: WatchExchange, ack: Ack<null>) => void;
  'exchange:unwatch': (payload: WatchExchange, ack: Ack<null>) => void;
  /** The status of people who share an alliance with me (others are answered as offline). */
  'presence:query': (payload: PresenceQuery, ack: Ack<PresenceEvent[]>) => void;
  /** Hands a fresh access token to an open connection so it is not closed when the old one expires. */
  'session:refresh': (payload: RefreshTokenPayload, ack: (result: { ok: boolean; error?: RealtimeError }) => void) => void;
  /** Starts receiving a case study's comments (only if I may read it); the answer carries the latest ones. */
  'case-study:watch': (payload: WatchCaseStudy, ack: Ack<CaseStudyCommentList>) => void;
  'case-study:unwatch': (payload: WatchCaseStudy, ack: Ack<null>) => void;
}

export const REALTIME_PATH = '/socket.io';
