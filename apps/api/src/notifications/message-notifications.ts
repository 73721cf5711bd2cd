import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversationKind, Message } from '@peerhub/contracts';
import type { DataSource } from 'typeorm';
import { excerptOf } from './notification-rules';
import { NotificationsService } from './notifications.service';

/**
 * Who may hear of every message of a conversation, read in the statement that stores the message
 * (peerhub_post_message) because every message sent needs it: the people who set the conversation
 * to 'all', and a direct conversation's members.
 */
export interface MessageAudience {
  kind: ConversationKind;
  title: string;
  listeners: string[];
  members: string[];
}

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

  async afterMessage(message: Message, effects: { mentionedIds: string[]; parent: Message | null; audience: MessageAudience }): Promise<void> {
    const conversation = effects.audience;
    if (!message.author) return;
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
