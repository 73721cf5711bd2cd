import type { Attachment, Message, Reaction } from '@peerhub/contracts';
import type { MessageEntity } from './message.entity';

/** A deleted or removed message keeps its place (seq) and its thread, but not its words. */
export function toMessage(m: MessageEntity, reactions: Reaction[] = [], attachments: Attachment[] = []): Message {
  const gone = m.deletedAt !== null || m.removedById !== null;
  return {
    id: m.id,
    conversationId: m.conversationId,
    seq: m.seq,
    clientId: m.clientId,
    author: m.author ? { id: m.author.id, name: m.author.name } : null,
    body: gone ? '' : m.body,
    parentId: m.parentId,
    replyCount: m.replyCount,
    mentions: gone ? [] : m.mentions,
    reactions: gone ? [] : reactions,
    attachments: gone ? [] : attachments,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    deletedAt: m.deletedAt?.toISOString() ?? null,
    removed: m.removedById !== null,
  };
}
