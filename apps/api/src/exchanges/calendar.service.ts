import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@peerhub/domain';
import { DataSource, In } from 'typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import type { CalendarFeed, UiLocale } from '@peerhub/contracts';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { hashToken } from '../auth/tokens';
import { notFound } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { mailText, recipientLocale } from '../mail/mail-messages';
import { PersonEntity } from '../people/person.entity';
import { exchangesIcs } from './calendar-ics';
import { ExchangeAccess } from './exchange-access';
import { ExchangeEntity } from './exchange.entity';

/**
 * iCalendar output: one .ics per exchange and a personal feed that calendar apps subscribe to,
 * each in its reader's language (the text itself is written by calendar-ics.ts).
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One exchange, its words in my language (else the page's, else English). */
  async exchangeIcs(actor: Actor, exchangeId: string, pageLanguage: string | null = null): Promise<string> {
    const exchange = await this.access.load(actor, exchangeId);
    const me = await this.dataSource.getRepository(PersonEntity).findOne({ where: { id: actor.personId }, select: { id: true, locale: true } });
    const locale = recipientLocale(me?.locale, pageLanguage);
    return this.render([exchange], locale, mailText(locale, 'calendar.exchangeName'));
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

  /**
   * The feed of the person whose secret this is: exchanges they organise or answered going or maybe.
   * Calendar apps fetch it without a page, so its words follow the person's saved language only.
   */
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
    const locale = recipientLocale(person.locale);
    return this.render(exchanges, locale, mailText(locale, 'calendar.feedName', { name: person.name }));
  }

  private async render(exchanges: ExchangeEntity[], locale: UiLocale, calendarName: string): Promise<string> {
    const organiserIds = [...new Set(exchanges.flatMap((e) => (e.organiserId ? [e.organiserId] : [])))];
    const organisers = organiserIds.length ? await this.dataSource.getRepository(PersonEntity).find({ where: { id: In(organiserIds) }, select: { id: true, name: true } }) : [];
    return exchangesIcs(exchanges, { locale, calendarName, publicUrl: this.config.publicUrl, organiserNames: new Map(organisers.map((p) => [p.id, p.name])) });
  }
}
