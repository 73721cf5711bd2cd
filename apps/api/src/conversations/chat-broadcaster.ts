import { Injectable, Logger } from '@nestjs/common';
import type { Message, ReadUpdated } from '@peerhub/contracts';
import { MetricsService } from '../metrics/metrics.service';
import { MessageNotifications, type MessageAudience } from '../notifications/message-notifications';
import { conversationRoom, personRoom, RealtimeSessions, watchRoom } from '../realtime/realtime-sessions';
import { MessagesService, type SentMessage } from './messages.service';

/** Sends chat events after the database has them: never before the commit. */
@Injectable()
export class ChatBroadcaster {
  private readonly logger = new Logger('Chat');

  constructor(
    private readonly realtime: RealtimeSessions,
    private readonly metrics: MetricsService,
    private readonly notifications: MessageNotifications,
    private readonly messages: MessagesService,
  ) {}

  /** What a send through HTTP or the live connection sets off, once: nothing for a retry of a message already stored. */
  async announce(sent: SentMessage): Promise<void> {
    if (sent.created) this.afterSend(sent.message, { ...(await this.messages.effectsOf(sent.message)), audience: sent.audience });
  }

  created(message: Message, mentioned: { personIds: string[]; conversationTitle: string } = { personIds: [], conversationTitle: '' }): void {
    this.metrics.messagesSent.inc();
    // One broadcast to both rooms: a socket in both still receives the message once.
    this.realtime.emitTo([conversationRoom(message.conversationId), watchRoom(message.conversationId)], 'message:new', message);
    for (const personId of mentioned.personIds) {
      this.realtime.emitTo(personRoom(personId), 'mention', { message, conversationTitle: mentioned.conversationTitle });
    }
  }

  /**
   * A new message, its mentions, and the reply count of the thread it answers; then the
   * notifications it sets off, without holding up the sender's acknowledgement.
   */
  private afterSend(message: Message, effects: { mentioned: { personIds: string[]; conversationTitle: string }; parent: Message | null; audience: MessageAudience }): void {
    this.created(message, effects.mentioned);
    if (effects.parent) this.updated(effects.parent);
    void this.notifications.afterMessage(message, { mentionedIds: effects.mentioned.personIds, parent: effects.parent, audience: effects.audience }).catch((error: unknown) => this.logger.error({ err: error, messageId: message.id }, 'message notifications failed'));
  }

  updated(message: Message): Message {
    this.realtime.emitTo(conversationRoom(message.conversationId), 'message:updated', message);
    return message;
  }

  /** Read positions are mine alone: they go to my other tabs and devices. */
  read(personId: string, update: ReadUpdated): void {
    this.realtime.emitTo(personRoom(personId), 'read:updated', update);
  }
}
