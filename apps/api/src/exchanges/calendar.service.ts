import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@peerhub/domain';
import { createEvents, type EventAttributes } from 'ics';
import { DataSource } from 'typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import type { CalendarFeed } from '@peerhub/contracts';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { hashToken } from '../auth/tokens';
import { notFound } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { PersonEntity } from '../people/person.entity';
import { ExchangeAccess } from './exchange-access';
import { ExchangeEntity } from './exchange.entity';

const toIcsStatus = { draft: 'TENTATIVE', published: 'CONFIRMED', completed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

/**
 * iCalendar output (with the `ics` library): one .ics per exchange and a personal feed that
 * calendar apps subscribe to. Stable UIDs and a SEQUENCE raised on every change let Google,
 * Outlook and Apple update or cancel the event they already hold.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async exchangeIcs(actor: Actor, exchangeId: string): Promise<string> {
    return this.render([await this.access.load(actor, exchangeId)], `Peerhub exchange`);
  }

  /** Turns the feed on (or changes its secret address, which turns the old one off). */
  async rotateFeed(actor: Actor): Promise<CalendarFeed> {
    const nonce = randomBytes(24).toString('base64url');
    const token = this.feedToken(actor.personId, nonce);
    await this.dataSource.getRepository(PersonEntity).update({ id: actor.personId }, { calendarTokenHash: hashToken(token), calendarFeedNonce: nonce, calendarFeedCreatedAt: new Date() });
    return this.feedState(actor);
  }

  async revokeFeed(actor: Actor): Promise<void> {
    await this.dataSource.getRepository(PersonEntity).update({ id: actor.personId }, { calendarTokenHash: null, calendarFeedNonce: null, calendarFeedCreatedAt: null });
  }

  /**
   * Whether my feed is on, its address and when it was made. The address is derived again from the
   * stored nonce; when it no longer matches the stored hash (the server key changed, or the feed
   * predates this) it cannot be shown, though the feed still works: the person makes a new one.
   */
  async feedState(actor: Actor): Promise<CalendarFeed> {
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .addSelect(['p.calendarTokenHash', 'p.calendarFeedNonce', 'p.calendarFeedCreatedAt'])
      .where('p.id = :id', { id: actor.personId })
      .getOne();
    if (!person?.calendarTokenHash) return { active: false, url: null, createdAt: null };
    const token = person.calendarFeedNonce ? this.feedToken(actor.personId, person.calendarFeedNonce) : null;
    const shown = token !== null && hashToken(token) === person.calendarTokenHash;
    return { active: true, url: shown ? `${this.config.publicUrl}/api/calendar/${token}.ics` : null, createdAt: person.calendarFeedCreatedAt?.toISOString() ?? null };
  }

  /** The address's secret: an HMAC of the person and the feed's nonce under a key derived from the server secret. */
  private feedToken(personId: string, nonce: string): string {
    this.feedKey ??= createHmac('sha256', resolveJwtSecret(this.config)).update('peerhub calendar feed address v1').digest();
    return createHmac('sha256', this.feedKey).update(`${personId}:${nonce}`).digest('base64url');
  }

  private feedKey: Buffer | undefined;

  /** The feed of the person whose secret this is: exchanges they organise or answered going or maybe. */
  async feed(token: string): Promise<string> {
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.calendar_token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!person) throw notFound('Calendar');
    const exchanges = await this.dataSource
      .getRepository(ExchangeEntity)
      .createQueryBuilder('e')
      .where(`e.status <> 'draft'`)
      .andWhere(
        `(e.organiser_id = :me OR EXISTS (SELECT 1 FROM exchange_participant p WHERE p.exchange_id = e.id AND p.person_id = :me AND p.status IN ('going', 'maybe', 'waitlisted', 'pending-approval')))`,
        { me: person.id },
      )
      .andWhere(`EXISTS (SELECT 1 FROM alliance_membership m WHERE m.alliance_id = e.alliance_id AND m.person_id = :me AND m.status = 'active')`, { me: person.id })
      .orderBy('e.starts_at')
      .getMany();
    return this.render(exchanges, `Peerhub: ${person.name}`);
  }

  private render(exchanges: ExchangeEntity[], calendarName: string): string {
    const events: EventAttributes[] = exchanges.map((e) => ({
      uid: `exchange-${e.id}@peerhub`,
      sequence: e.sequence,
      status: toIcsStatus[e.status],
      title: e.status === 'cancelled' ? `Cancelled: ${e.title}` : e.title,
      description: [e.description, e.meetingUrl ? `Join: ${e.meetingUrl}` : '', `${this.config.publicUrl}/exchanges/${e.id}`].filter(Boolean).join('\n\n'),
      location: e.format === 'online' ? (e.meetingUrl ?? 'Online') : e.venue,
      url: `${this.config.publicUrl}/exchanges/${e.id}`,
      start: e.startsAt.getTime(),
      end: e.endsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      endInputType: 'utc',
      endOutputType: 'utc',
      productId: 'peerhub/exchanges',
      calName: calendarName,
    }));
    const { error, value } = createEvents(events, { productId: 'peerhub/exchanges', method: 'PUBLISH', calName: calendarName });
    if (error || value == null) throw error ?? new Error('Could not build the calendar');
    return value;
  }
}
