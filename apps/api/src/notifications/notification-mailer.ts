import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind, UiLocale } from '@peerhub/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { mailDateTime, mailText, recipientLocale, type MailMessageId } from '../mail/mail-messages';
import { MailService } from '../mail/mail.service';
import { DIGEST_CRON, DIGEST_LOCAL_HOUR, DIGEST_QUEUES, NOTIFICATION_EMAIL } from './notification-queues';
import { UnsubscribeTokens } from './unsubscribe-tokens';

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: UiLocale | null;
  timezone: string;
}
interface MailedNotification {
  id: string;
  kind: NotificationKind;
  actor_name: string | null;
  title: string;
  link: string;
  params: Record<string, string>;
  read_at: Date | null;
}

/**
 * Notification mail: one notification now ('email' delivery), or the unread ones of a day or a
 * week in one digest. Each send first claims its rows (emailed_at / digested_at set only where
 * still empty) in the transaction that sends the mail: a job run twice, or by two processes at
 * once, finds nothing left to claim the second time, and a failed send releases the claim for the retry.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ notificationId: string }>(NOTIFICATION_EMAIL, async (job) => {
      await this.mailOne(job.notificationId);
    });
    this.jobs.schedule(DIGEST_QUEUES.daily, DIGEST_CRON.daily, async () => {
      await this.digest('daily');
    });
    this.jobs.schedule(DIGEST_QUEUES.weekly, DIGEST_CRON.weekly, async () => {
      await this.digest('weekly');
    });
  }

  /** Mails one notification, unless it was mailed already or read in the app meanwhile. */
  async mailOne(notificationId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE notification n SET emailed_at = now() FROM person p
          WHERE n.id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL AND p.id = n.recipient_id
          RETURNING n.id, n.kind, (SELECT name FROM person a WHERE a.id = n.actor_id) AS actor_name, n.title, n.link, n.params, n.read_at,
                    p.id AS person_id, p.email, p.name, p.locale, p.timezone`,
        [notificationId],
      )) as [Array<MailedNotification & { person_id: string; email: string; name: string; locale: UiLocale | null; timezone: string }>, number];
      const row = rows[0];
      if (!row) return false;
      const to: Recipient = { id: row.person_id, email: row.email, name: row.name, locale: row.locale, timezone: row.timezone };
      const locale = recipientLocale(to.locale);
      const token = this.tokens.sign(to.id, [row.kind]);
      const text = [
        mailText(locale, 'notification.greeting', { name: to.name }),
        this.line(locale, 'text', row, to.timezone),
        mailText(locale, 'notification.open', { link: this.mail.link(row.link) }),
        `--\n${mailText(locale, 'notification.unsubscribe', { kind: mailText(locale, kindName(row.kind)), link: this.mail.link(`/unsubscribe?token=${token}`) })}\n${mailText(locale, 'notification.settings', { link: this.mail.link('/settings/notifications') })}\n${mailText(locale, 'mail.footer.sentBy')}`,
      ].join('\n\n');
      await this.mail.send({ to: to.email, subject: this.line(locale, 'subject', row, to.timezone), text, kind: mailKindOf(row), headers: this.unsubscribeHeaders(token) });
      return true;
    });
  }

  /**
   * Sends the digests that are due at `now`: for each person, what this delivery gathered before
   * their latest local 08:00 (any day for daily, Monday for weekly) and is not yet digested. A
   * person's rows are claimed and their digest sent in one transaction; a run missed (the service
   * was down at 08:00) is made up by the next one. Read ones are claimed but left out; a person
   * with nothing unread gets no mail. Returns how many digests were sent.
   */
  async digest(period: 'daily' | 'weekly', now: Date = new Date()): Promise<number> {
    const people = await this.dataSource.query<Array<{ recipient_id: string }>>(
      `SELECT DISTINCT n.recipient_id FROM notification n JOIN person p ON p.id = n.recipient_id
        WHERE n.delivery = $1 AND n.digested_at IS NULL AND n.created_at < ${dueBefore(period, '$2')}`,
      [period, now],
    );
    let sent = 0;
    for (const { recipient_id: personId } of people) {
      if (await this.dataSource.transaction((manager) => this.digestFor(manager, personId, period, now))) sent++;
    }
    return sent;
  }

  private async digestFor(manager: EntityManager, personId: string, period: 'daily' | 'weekly', now: Date): Promise<boolean> {
    const [claimed] = (await manager.query(
      `UPDATE notification n SET digested_at = now() FROM person p
        WHERE p.id = n.recipient_id AND n.recipient_id = $1 AND n.delivery = $2 AND n.digested_at IS NULL AND n.created_at < ${dueBefore(period, '$3')}
        RETURNING n.id, n.kind, (SELECT name FROM person a WHERE a.id = n.actor_id) AS actor_name, n.title, n.link, n.params, n.read_at, n.created_at`,
      [personId, period, now],
    )) as [Array<MailedNotification & { created_at: Date }>, number];
    const unread = claimed.filter((n) => n.read_at === null).sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
    if (unread.length === 0) return false;
    const [to] = await manager.query<Recipient[]>('SELECT id, email, name, locale, timezone FROM person WHERE id = $1', [personId]);
    if (!to) return false;
    const locale = recipientLocale(to.locale);
    const kinds = [...new Set(unread.map((n) => n.kind))];
    const token = this.tokens.sign(to.id, kinds);
    const items = unread.map((n) => `• ${this.line(locale, 'subject', n, to.timezone)}\n  ${this.mail.link(n.link)}`);
    const text = [
      mailText(locale, 'notification.greeting', { name: to.name }),
      mailText(locale, `notification.digest.${period}.intro`, { count: unread.length }),
      items.join('\n\n'),
      `--\n${mailText(locale, 'notification.digest.unsubscribe', { link: this.mail.link(`/unsubscribe?token=${token}`) })}\n${mailText(locale, 'notification.settings', { link: this.mail.link('/settings/notifications') })}\n${mailText(locale, 'mail.footer.sentBy')}`,
    ].join('\n\n');
    await this.mail.send({ to: to.email, subject: mailText(locale, `notification.digest.${period}.subject`, { count: unread.length }), text, kind: `notification-digest-${period}`, headers: this.unsubscribeHeaders(token) });
    return true;
  }

  /** RFC 8058: mail clients offer a one-click unsubscribe that posts to this URL. */
  private unsubscribeHeaders(token: string): Record<string, string> {
    return { 'List-Unsubscribe': `<${this.mail.link(`/api/notifications/unsubscribe?token=${token}`)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  private line(locale: UiLocale, part: 'subject' | 'text', n: MailedNotification, timeZone: string): string {
    const p = n.params;
    const values: Record<string, string | number> = {
      actor: n.actor_name ?? '',
      title: n.title,
      excerpt: p.excerpt ?? '',
      decision: p.decision ?? '',
      reason: p.reason ?? '',
      what: p.what ?? 'proposed',
      months: Number(p.months ?? 0),
      open: Number(p.open ?? 0),
      startsAt: p.startsAt ? mailDateTime(locale, new Date(p.startsAt), timeZone) : '',
    };
    return mailText(locale, `notification.${n.kind}.${part}` as MailMessageId, values);
  }
}

const kindName = (kind: NotificationKind) => `notification.kind.${kind}` as MailMessageId;

/** The outbox kind of a notification mail: its kind; a match's says what happened (match-proposed, match-accepted…). */
function mailKindOf(n: Pick<MailedNotification, 'kind' | 'params'>): string {
  if (n.kind === 'match-proposal') return `match-${n.params.what ?? 'proposed'}`;
  if (n.kind === 'check-in') return 'action-plan-check-in';
  return n.kind;
}

/**
 * SQL: the latest local 08:00 (daily) or Monday 08:00 (weekly) of the person `p` at the instant in
 * parameter `now`, as a timestamptz: their local time, less eight hours, truncated to the day (or
 * the ISO week, which starts on Monday), plus eight hours, read back in their time zone.
 */
function dueBefore(period: 'daily' | 'weekly', now: string): string {
  const unit = period === 'daily' ? 'day' : 'week';
  const hours = `interval '${DIGEST_LOCAL_HOUR} hours'`;
  return `((date_trunc('${unit}', (${now}::timestamptz AT TIME ZONE p.timezone) - ${hours}) + ${hours}) AT TIME ZONE p.timezone)`;
}
