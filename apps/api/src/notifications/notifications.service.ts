import { Injectable, Logger } from '@nestjs/common';
import type { NotificationKind } from '@peerhub/contracts';
import { ActorLoader } from '../auth/actor-loader';
import { ConversationAccess } from '../conversations/conversation-access';
import { JobQueue } from '../jobs/job-queue';
import { personRoom, RealtimeSessions } from '../realtime/realtime-sessions';
import { NOTIFICATION_EMAIL } from './notification-queues';
import { hearsInConversation } from './notification-rules';
import { NotificationsRepository, toNotification } from './notifications.repository';

export interface NotifyInput {
  kind: NotificationKind;
  recipientIds: readonly string[];
  /** Who caused it; never notified of their own doing. */
  actorId: string | null;
  title: string;
  /** A path into the web app. */
  link: string;
  params?: Record<string, string>;
  /** The conversation it is about: only people who may read it now hear of it, at their level for it. */
  conversationId?: string;
  /** The same key twice for one person creates one notification (a job retried, a notice sent again). */
  dedupeKey?: string;
}

/**
 * The one way a feature tells people something: stored for the notification centre, sent live to
 * every tab of the person, and mailed now when that is their delivery for the kind (a job, so a
 * slow mail server never holds up the request, and a failed send is retried). Digests gather the rest.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly conversations: ConversationAccess,
    private readonly actors: ActorLoader,
    private readonly realtime: RealtimeSessions,
    private readonly jobs: JobQueue,
  ) {}

  /** Returns the people notified. */
  async notify(input: NotifyInput): Promise<string[]> {
    let recipients = [...new Set(input.recipientIds)].filter((id) => id !== input.actorId);
    if (input.conversationId && recipients.length > 0) recipients = await this.conversationReaders(input.conversationId, input.kind, recipients);
    if (recipients.length === 0) return [];
    const deliveries = await this.repository.deliveries(recipients, input.kind);
    const created = await this.repository.insert(
      recipients.map((recipientId) => ({
        recipientId,
        kind: input.kind,
        actorId: input.actorId,
        title: input.title,
        link: input.link,
        params: input.params ?? {},
        delivery: deliveries.get(recipientId)!,
        dedupeKey: input.dedupeKey ?? null,
      })),
    );
    if (created.length === 0) return [];
    const unread = await this.repository.unreadCounts(created.map((n) => n.recipient_id));
    for (const row of created) {
      this.realtime.emitTo(personRoom(row.recipient_id), 'notification:new', { notification: toNotification(row), unread: unread.get(row.recipient_id) ?? 0 });
      if (row.delivery === 'email') await this.jobs.send(NOTIFICATION_EMAIL, { notificationId: row.id }, { singletonKey: row.id });
    }
    return created.map((n) => n.recipient_id);
  }

  /** Like notify, for callers that must not fail because of it (after a commit, in a broadcast). */
  notifyQuietly(input: NotifyInput): Promise<void> {
    return this.notify(input).then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error, kind: input.kind }, 'notification not sent'),
    );
  }

  /**
   * Those of the recipients who may read the conversation now, by the same rule as every other
   * read (ConversationAccess), and whose level for it lets this kind through.
   */
  private async conversationReaders(conversationId: string, kind: NotificationKind, personIds: string[]): Promise<string[]> {
    const readers = await this.conversations.readers(await this.actors.forPeople(personIds), conversationId);
    const levels = await this.repository.levels(conversationId, readers);
    return readers.filter((id) => hearsInConversation(kind, levels.get(id) ?? null));
  }
}
