import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Message } from '@peerhub/contracts';
import type { DataSource } from 'typeorm';
import { excerptOf } from './notification-rules';
import { NotificationsService } from './notifications.service';
import { NotificationsRepository } from './notifications.repository';

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
    private readonly repository: NotificationsRepository,
  ) {}

  async afterMessage(message: Message, effects: { mentionedIds: string[]; parent: Message | null }): Promise<void> {
    const [conversation] = await this.dataSource.query<Array<{ kind: string; title: string }>>('SELECT kind, title FROM conversation WHERE id = $1', [message.conversationId]);
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
    let direct: string[] = [];
    if (conversation.kind === 'direct') {
      const members = await this.dataSource.query<Array<{ person_id: string }>>('SELECT person_id FROM conversation_participant WHERE conversation_id = $1 AND member', [message.conversationId]);
      direct = take(members.map((m) => m.person_id));
    }
    const listeners = conversation.kind === 'direct' ? [] : take(await this.repository.listeners(message.conversationId));

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
