import { Injectable } from '@nestjs/common';
import type {
  ConversationLevel,
  ConversationNotificationLevel,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  UnreadCount,
  UnsubscribeResult,
  UpdateNotificationPreferences,
} from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { notFound, validationFailed } from '../common/app-error';
import { ConversationAccess } from '../conversations/conversation-access';
import { personRoom, RealtimeSessions } from '../realtime/realtime-sessions';
import { NotificationsRepository, toNotification } from './notifications.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** What a person does in their notification centre: read it, mark it read, choose what they hear. */
@Injectable()
export class NotificationCentreService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly conversations: ConversationAccess,
    private readonly realtime: RealtimeSessions,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async list(actor: Actor, query: NotificationQuery): Promise<NotificationPage> {
    const rows = await this.repository.page(actor.personId, query.before ? decodeCursor(query.before) : null, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const unread = (await this.repository.unreadCounts([actor.personId])).get(actor.personId) ?? 0;
    return { items: page.map(toNotification), nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_text, last.id) : null, unread };
  }

  async unread(actor: Actor): Promise<UnreadCount> {
    return { unread: (await this.repository.unreadCounts([actor.personId])).get(actor.personId) ?? 0 };
  }

  /** Marks one read (or, with null, all); the person's other tabs follow. */
  async markRead(actor: Actor, id: string | null): Promise<UnreadCount> {
    if (id !== null && !(await this.repository.exists(actor.personId, id))) throw notFound('Notification');
    const changed = await this.repository.markRead(actor.personId, id === null ? null : [id]);
    const count = await this.unread(actor);
    if (changed.length > 0) this.realtime.emitTo(personRoom(actor.personId), 'notification:read', { ids: id === null ? null : changed, unread: count.unread });
    return count;
  }

  async preferences(actor: Actor): Promise<NotificationPreferences> {
    return { kinds: await this.repository.preferences(actor.personId) };
  }

  async setPreferences(actor: Actor, body: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    await this.repository.setPreferences(actor.personId, body.kinds);
    return this.preferences(actor);
  }

  /** A conversation's level, for someone who may read it (404 otherwise, as for the conversation itself). */
  async level(actor: Actor, conversationId: string): Promise<ConversationLevel> {
    await this.conversations.load(actor, conversationId);
    const level = (await this.repository.levels(conversationId, [actor.personId])).get(actor.personId) ?? null;
    return { conversationId, level: level ?? 'mentions' };
  }

  async setLevel(actor: Actor, conversationId: string, level: ConversationNotificationLevel): Promise<ConversationLevel> {
    await this.conversations.load(actor, conversationId);
    await this.repository.setLevel(conversationId, actor.personId, level);
    return { conversationId, level };
  }

  /** One-click unsubscribe from a mail: those kinds stay in the centre but are no longer mailed. */
  async unsubscribe(token: string | undefined): Promise<UnsubscribeResult> {
    if (!token) throw validationFailed([{ path: 'token', message: 'The unsubscribe link has no token' }]);
    const { personId, kinds } = this.tokens.verify(token);
    await this.repository.setPreferences(personId, Object.fromEntries(kinds.map((kind) => [kind, 'in-app'])));
    return { kinds, delivery: 'in-app' };
  }
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || !/^[0-9a-f-]{36}$/i.test(id) || !/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(createdAt)) {
    throw validationFailed([{ path: 'before', message: 'Not a cursor from a previous page' }]);
  }
  return { createdAt, id };
}
