import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Message } from '@peerhub/contracts';
import type { DataSource } from 'typeorm';
import { excerptOf } from './notification-rules';
import { NotificationsService } from './notifications.service';

/**
 * What a new chat message tells whom. Each person hears of a message once, by the strongest
 * reason: mentioned, then a reply in their thread (they wrote its first message or replied in it),
 * then a direct message, then every message of a conversation they set to 'all'. NotificationsService
 * then keeps only those who may read the conversation, at their level for it.
 */
@Injectable()
export class MessageNotifications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async afterMessage(message: Message, effects: { mentionedIds: string[]; parent: Message | null }): Promise<void> {
    // One query for what every message needs: the conversation, who set it to 'all', and for a
    // direct conversation its members (this runs for every message sent, so it stays one round trip).
    const [conversation] = await this.dataSource.query<Array<{ kind: string; title: string; listeners: string[]; members: string[] }>>(
      `SELECT c.kind, c.title,
              ARRAY(SELECT cp.person_id FROM conversation_participant cp WHERE cp.conversation_id = c.id AND cp.notification_level = 'all') AS listeners,
              CASE WHEN c.kind = 'direct' THEN ARRAY(SELECT cp.person_id FROM conversation_participant cp WHERE cp.conversation_id = c.id AND cp.member) ELSE '{}' END AS members
         FROM conversation c WHERE c.id = $1`,
      [message.conversationId],
    );
    if (!conversation || !message.author) return;
    const authorId = message.author.id;
    const told = new Set<string>([authorId]);
    const take = (ids: string[]) => {
      const fresh = [...new Set(ids)].filter((id) => !told.has(id));
      fresh.forEach((id) => told.add(id));
      return fresh;
    };
    const mentioned = take(effects.mentionedIds);
    let thread: string[] = [];
    if (effects.parent) {
      const repliers = await this.dataSource.query<Array<{ author_id: string }>>('SELECT DISTINCT author_id FROM message WHERE parent_id = $1 AND author_id IS NOT NULL', [effects.parent.id]);
      thread = take([...(effects.parent.author ? [effects.parent.author.id] : []), ...repliers.map((r) => r.author_id)]);
    }
    const direct = conversation.kind === 'direct' ? take(conversation.members) : [];
    const listeners = conversation.kind === 'direct' ? [] : take(conversation.listeners);
    if (mentioned.length + thread.length + direct.length + listeners.length === 0) return;

    const common = {
      actorId: authorId,
      title: conversation.kind === 'direct' ? message.author.name : conversation.title,
      link: `/conversations/${message.conversationId}`,
      params: { excerpt: excerptOf(message.body), messageId: message.id },
      conversationId: message.conversationId,
      dedupeKey: `message:${message.id}`,
    };
    await this.notifications.notify({ ...common, kind: 'mention', recipientIds: mentioned });
    await this.notifications.notify({ ...common, kind: 'reply', recipientIds: thread });
    await this.notifications.notify({ ...common, kind: 'direct-message', recipientIds: direct });
    await this.notifications.notify({ ...common, kind: 'conversation-message', recipientIds: listeners });
  }
}
