import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeSessions, personRoom } from '../realtime/realtime-sessions';
import { ExchangeEntity } from './exchange.entity';

const REMINDER = 'exchange-reminder';
const NOTICE = 'exchange-notice';
const REMIND_BEFORE_MS = 24 * 60 * 60 * 1000;

interface ReminderJob {
  exchangeId: string;
  sequence: number;
}
interface NoticeJob extends ReminderJob {
  kind: 'changed' | 'cancelled';
}

/**
 * Reminders a day before an exchange, and notices when it changes or is cancelled: pg-boss jobs,
 * so they survive restarts and run once however many API processes are up. A job carries the
 * exchange's revision: a reminder planned for an older time is dropped when it comes due.
 */
@Injectable()
export class ExchangeNotices implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeSessions,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<ReminderJob>(REMINDER, (job) => this.remind(job));
    this.jobs.handle<NoticeJob>(NOTICE, (job) => this.notify(job));
  }

  /** Called after an exchange is published or its time changes. */
  async planReminder(exchange: Pick<ExchangeEntity, 'id' | 'sequence' | 'startsAt'>): Promise<void> {
    const at = new Date(Math.max(Date.now(), exchange.startsAt.getTime() - REMIND_BEFORE_MS));
    await this.jobs.send(REMINDER, { exchangeId: exchange.id, sequence: exchange.sequence }, { startAfter: at, singletonKey: `${exchange.id}:${exchange.sequence}` });
  }

  async announce(exchange: Pick<ExchangeEntity, 'id' | 'sequence'>, kind: NoticeJob['kind']): Promise<void> {
    await this.jobs.send(NOTICE, { exchangeId: exchange.id, sequence: exchange.sequence, kind }, { singletonKey: `${exchange.id}:${exchange.sequence}:${kind}` });
  }

  /** People invited by name hear of it (once per exchange, however often the list is edited). */
  async invite(exchangeId: string, personIds: string[], organiserId: string): Promise<void> {
    if (personIds.length === 0) return;
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: exchangeId });
    if (!exchange) return;
    await this.notifications.notifyQuietly({
      kind: 'exchange-invitation',
      recipientIds: personIds,
      actorId: organiserId,
      title: exchange.title,
      link: `/exchanges/${exchange.id}`,
      params: { startsAt: exchange.startsAt.toISOString(), timezone: exchange.timezone },
      dedupeKey: `exchange-invitation:${exchange.id}`,
    });
  }

  private async remind(job: ReminderJob): Promise<void> {
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: job.exchangeId });
    if (!exchange || exchange.sequence !== job.sequence || exchange.status !== 'published') return;
    await this.tellParticipants(exchange, 'reminder');
  }

  private async notify(job: NoticeJob): Promise<void> {
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: job.exchangeId });
    if (!exchange) return;
    await this.tellParticipants(exchange, job.kind);
  }

  /**
   * Through the notification centre, so each person's preference applies (by default these are
   * mailed at once). The key makes a retried job tell each person once per revision.
   */
  private async tellParticipants(exchange: ExchangeEntity, kind: 'reminder' | 'changed' | 'cancelled'): Promise<void> {
    const people = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT p.person_id AS id FROM exchange_participant p WHERE p.exchange_id = $1 AND p.status IN ('going', 'maybe', 'waitlisted', 'pending-approval')`,
      [exchange.id],
    );
    const personIds = people.map((p) => p.id);
    await this.notifications.notify({
      kind: `exchange-${kind}`,
      recipientIds: personIds,
      actorId: null,
      title: exchange.title,
      link: `/exchanges/${exchange.id}`,
      params: { startsAt: exchange.startsAt.toISOString(), timezone: exchange.timezone },
      dedupeKey: `exchange:${exchange.id}:${exchange.sequence}:${kind}`,
    });
    for (const personId of personIds) this.realtime.emitTo(personRoom(personId), 'exchange:notice', { exchangeId: exchange.id, kind, title: exchange.title });
  }
}
