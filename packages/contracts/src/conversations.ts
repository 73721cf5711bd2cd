import { z } from 'zod';
import { Id, Timestamp } from './common';

/** Longest message body, in characters (about ten pages of text). */
export const MESSAGE_MAX_LENGTH = 10_000;

export const ConversationKind = z.enum(['group', 'exchange', 'direct']);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const ConversationSummary = z
  .object({
    id: Id,
    kind: ConversationKind,
    title: z.string(),
    groupId: Id.nullable(),
    exchangeId: Id.nullable(),
    participants: z.array(z.object({ personId: Id, name: z.string() })).describe('Direct conversations only'),
    lastSeq: z.number().int(),
    lastReadSeq: z.number().int(),
    unread: z.number().int(),
    lastMessageAt: Timestamp.nullable(),
    allianceId: Id.nullable().describe('The alliance of the group or exchange; null for direct conversations'),
    canPost: z.boolean().describe('False when read-only for me (an archived group, a cancelled exchange)'),
    canModerate: z.boolean().describe("I may remove other people's messages (group leads, the exchange's organiser, coordinators)"),
  })
  .meta({ id: 'ConversationSummary' });
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationList = z.object({ items: z.array(ConversationSummary) }).meta({ id: 'ConversationList' });
export type ConversationList = z.infer<typeof ConversationList>;

/** `by` lists who reacted, so every viewer can tell whether one of them is theirs. */
/** Files a message may carry: checked from their content, not their name. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
} as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 5;

export const Attachment = z
  .object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

export const Reaction = z.object({ emoji: z.string(), count: z.number().int(), by: z.array(Id) });
export type Reaction = z.infer<typeof Reaction>;

export const Message = z
  .object({
    id: Id,
    conversationId: Id,
    seq: z.number().int().describe('Position in the conversation: 1, 2, 3… with no gaps'),
    clientId: z.string(),
    author: z.object({ id: Id, name: z.string() }).nullable(),
    body: z.string().describe('Markdown source; empty when deleted or removed'),
    parentId: Id.nullable().describe('The thread this reply belongs to'),
    replyCount: z.number().int(),
    mentions: z.array(Id),
    reactions: z.array(Reaction),
    attachments: z.array(Attachment),
    createdAt: Timestamp,
    editedAt: Timestamp.nullable(),
    deletedAt: Timestamp.nullable(),
    removed: z.boolean().describe('Removed by a group lead or coordinator (shown as a tombstone)'),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const MessageBodyText = z
  .string()
  .max(MESSAGE_MAX_LENGTH, { error: `A message holds at most ${MESSAGE_MAX_LENGTH} characters` })
  .refine((s) => s.trim().length > 0, { error: 'Write something first' });

export const SendMessage = z
  .strictObject({
    conversationId: Id,
    clientId: z.uuid({ error: 'clientId must be a UUID the client generates once per message' }),
    body: MessageBodyText,
    parentId: Id.optional(),
    attachmentIds: z.array(Id).max(ATTACHMENTS_PER_MESSAGE, { error: `At most ${ATTACHMENTS_PER_MESSAGE} files per message` }).optional().describe('Files uploaded first with POST /api/conversations/:id/attachments'),
  })
  .meta({ id: 'SendMessage' });
export type SendMessage = z.infer<typeof SendMessage>;

export const HistoryQuery = z
  .strictObject({
    before: z.coerce.number().int().min(1).optional().describe('Messages with seq below this, newest first'),
    after: z.coerce.number().int().min(0).optional().describe('Messages with seq above this, oldest first (catch-up)'),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    parentId: Id.optional().describe('Replies of one thread instead of the main timeline'),
  })
  .refine((q) => q.before === undefined || q.after === undefined, { error: 'Use before or after, not both' });
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryPage = z
  .object({
    items: z.array(Message).describe('Always in ascending seq'),
    hasMore: z.boolean(),
    lastSeq: z.number().int(),
    changed: z.array(Message).describe('On a catch-up with changedSince: older messages edited, deleted or reacted to since then'),
  })
  .meta({ id: 'HistoryPage' });
export type HistoryPage = z.infer<typeof HistoryPage>;

export const EditMessage = z.strictObject({ body: MessageBodyText }).meta({ id: 'EditMessage' });
export const ReactionEmoji = z.string().min(1).max(16).regex(/^\p{Extended_Pictographic}(\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*$/u, { error: 'One emoji' });

export const MarkRead = z.strictObject({ conversationId: Id, seq: z.number().int().min(0) }).meta({ id: 'MarkRead' });
export type MarkRead = z.infer<typeof MarkRead>;

export const CreateDirectConversation = z
  .strictObject({ participantIds: z.array(Id).min(1).max(8, { error: 'Direct conversations hold at most 9 people' }) })
  .meta({ id: 'CreateDirectConversation' });
export type CreateDirectConversation = z.infer<typeof CreateDirectConversation>;

export const MessageSearchQuery = z.strictObject({
  q: z.string().trim().min(2, { error: 'Search for at least 2 characters' }).max(200),
  conversationId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type MessageSearchQuery = z.infer<typeof MessageSearchQuery>;

export const MessageSearchHit = z.object({ message: Message, conversationTitle: z.string(), snippet: z.string() });
export const MessageSearchResult = z.object({ items: z.array(MessageSearchHit) }).meta({ id: 'MessageSearchResult' });
export type MessageSearchResult = z.infer<typeof MessageSearchResult>;

// ---- live events ----

export const JoinConversation = z.strictObject({
  conversationId: Id,
  afterSeq: z.number().int().min(0).optional().describe('The last seq the client holds: the answer carries what it missed'),
  changedSince: Timestamp.optional().describe('When the client last heard from the server: the answer also carries older messages changed since'),
});
export type JoinConversation = z.infer<typeof JoinConversation>;

export const TypingPayload = z.strictObject({ conversationId: Id, typing: z.boolean() });
export type TypingPayload = z.infer<typeof TypingPayload>;

export const TypingEvent = z.object({ conversationId: Id, personId: Id, name: z.string(), typing: z.boolean() });
export type TypingEvent = z.infer<typeof TypingEvent>;

export const ReadUpdated = z.object({ conversationId: Id, lastReadSeq: z.number().int(), unread: z.number().int() });
export type ReadUpdated = z.infer<typeof ReadUpdated>;

export const PresenceStatus = z.enum(['online', 'away', 'offline']);
export type PresenceStatus = z.infer<typeof PresenceStatus>;
/** What a tab reports: in use, or open in the background. */
export const SetPresence = z.strictObject({ status: z.enum(['online', 'away']) });
export type SetPresence = z.infer<typeof SetPresence>;
export const PresenceQuery = z.strictObject({ personIds: z.array(Id).min(1).max(200) });
export type PresenceQuery = z.infer<typeof PresenceQuery>;
export const PresenceEvent = z.object({ personId: Id, status: PresenceStatus });
export type PresenceEvent = z.infer<typeof PresenceEvent>;
