import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { MailService } from '../mail/mail.service';
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
    private readonly mail: MailService,
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

  private async remind(job: ReminderJob): Promise<void> {
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: job.exchangeId });
    if (!exchange || exchange.sequence !== job.sequence || exchange.status !== 'published') return;
    await this.tellParticipants(exchange, `Reminder: ${exchange.title}`, `“${exchange.title}” starts ${exchange.startsAt.toUTCString()} (${exchange.timezone}).`, 'exchange-reminder');
  }

  private async notify(job: NoticeJob): Promise<void> {
    const exchange = await this.dataSource.getRepository(ExchangeEntity).findOneBy({ id: job.exchangeId });
    if (!exchange) return;
    const subject = job.kind === 'cancelled' ? `Cancelled: ${exchange.title}` : `Changed: ${exchange.title}`;
    const text = job.kind === 'cancelled' ? `“${exchange.title}” has been cancelled.` : `“${exchange.title}” has changed: it now starts ${exchange.startsAt.toUTCString()} (${exchange.timezone}).`;
    await this.tellParticipants(exchange, subject, text, `exchange-${job.kind}`);
  }

  private async tellParticipants(exchange: ExchangeEntity, subject: string, text: string, kind: string): Promise<void> {
    const people = await this.dataSource.query<Array<{ id: string; email: string; name: string }>>(
      `SELECT pe.id, pe.email, pe.name FROM exchange_participant p JOIN person pe ON pe.id = p.person_id
        WHERE p.exchange_id = $1 AND p.status IN ('going', 'maybe', 'waitlisted', 'pending-approval')`,
      [exchange.id],
    );
    for (const person of people) {
      await this.mail.send({ to: person.email, subject, text: `Dear ${person.name},\n\n${text}\n\n${this.mail.link(`/exchanges/${exchange.id}`)}`, kind });
      this.realtime.emitTo(personRoom(person.id), 'exchange:notice', { exchangeId: exchange.id, kind: kind.replace('exchange-', '') as 'reminder' | 'changed' | 'cancelled', title: exchange.title });
    }
  }
}
