import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthorisationDecision as DecisionSchema, type AuthorisationDecision, type AuthorisationRequest, type AuthorisationStatus, type CountryCode, type ParticipantList, type RegisterRequest, type RegistrationAnswer, type RegistrationStatus } from '@peerhub/contracts';
import { can, whyNot, type Actor } from '@peerhub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { ExchangeAccess } from './exchange-access';
import { ExchangeLive } from './exchange-live';
import { ExchangeParticipantEntity } from './exchange-participant.entity';
import { ExchangeEntity } from './exchange.entity';

/**
 * Registration with capacity: the exchange's row lock serialises answers, so two people never
 * take the last seat; when someone going declines, the first on the waitlist is promoted in the
 * same transaction. After the commit, open exchange pages hear of it (ExchangeLive).
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExchangeAccess,
    private readonly live: ExchangeLive,
  ) {}

  async answer(actor: Actor, exchangeId: string, request: RegisterRequest): Promise<RegistrationAnswer> {
    const result = await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.register', exchangeId, manager, true);
      const current = await manager.findOneBy(ExchangeParticipantEntity, { exchangeId, personId: actor.personId });
      if (current && sameAnswer(current.status, request.answer)) {
        throw new AppError('CONFLICT', current.status === 'waitlisted' ? 'You are already on the waitlist' : `You already answered “${request.answer}”`, 409);
      }
      let status: RegistrationStatus = request.answer;
      if (request.answer === 'going') {
        if (exchange.requiresApproval && current?.status !== 'maybe') status = 'pending-approval';
        else if (!(await this.hasSeat(manager, exchange))) status = 'waitlisted';
      }
      const wasGoing = current?.status === 'going';
      await manager.upsert(ExchangeParticipantEntity, { exchangeId, personId: actor.personId, status, attended: null, ...(await this.authorisationFor(manager, actor.personId, request.answer, current)) }, ['exchangeId', 'personId']);
      const promoted = wasGoing && status !== 'going' ? await this.promoteNext(manager, exchange) : null;
      return { status, promoted };
    });
    await this.live.registrationsChanged(exchangeId, [
      { personId: actor.personId, status: result.status, reason: 'answered' },
      ...(result.promoted ? [{ personId: result.promoted, status: 'going' as const, reason: 'promoted' as const }] : []),
    ]);
    if (result.status === 'declined') await this.live.stopReadingIfLost(exchangeId, actor.personId);
    return result;
  }

  /**
   * Going needs the person's authoriser (their manager at home) to approve, once: the seat is held
   * meanwhile. Someone without an authoriser, or already approved, needs nothing more.
   */
  private async authorisationFor(manager: EntityManager, personId: string, answer: RegisterRequest['answer'], current: ExchangeParticipantEntity | null) {
    if (answer !== 'going') return {};
    if (current && (current.authorisation === 'approved' || current.authorisation === 'pending')) return {};
    const [person] = await manager.query<Array<{ authoriser_id: string | null }>>('SELECT authoriser_id FROM person WHERE id = $1', [personId]);
    const authoriserId = person?.authoriser_id ?? null;
    return { authoriserId, authorisation: authoriserId ? ('pending' as const) : ('not-needed' as const), authorisationReason: '' };
  }

  /** The authoriser approves a registration, or refuses it with a reason: the seat goes to the waitlist's first. */
  async authorise(actor: Actor, exchangeId: string, personId: string, request: AuthorisationDecision): Promise<RegistrationStatus> {
    const input = DecisionSchema.parse(request);
    const result = await this.dataSource.transaction(async (manager) => {
      const exchange = await manager.getRepository(ExchangeEntity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id: exchangeId }).getOne();
      const row = exchange ? await manager.findOneBy(ExchangeParticipantEntity, { exchangeId, personId }) : null;
      if (!exchange || !row || row.authoriserId !== actor.personId) throw notFound('Authorisation request');
      const ended = exchange.status === 'cancelled' ? 'This exchange was cancelled' : row.status === 'declined' ? 'They no longer take part in this exchange' : null;
      const subject = { authoriser: true, status: row.authorisation, ended };
      if (!can(actor, 'authorisation.decide', subject)) throw new AppError('CONFLICT', whyNot(actor, 'authorisation.decide', subject) ?? 'There is nothing to decide', 409);
      if (input.decision === 'approved') {
        await manager.update(ExchangeParticipantEntity, { exchangeId, personId }, { authorisation: 'approved' });
        return { status: row.status, promoted: null };
      }
      await manager.update(ExchangeParticipantEntity, { exchangeId, personId }, { authorisation: 'refused', authorisationReason: input.reason, status: 'declined' });
      const promoted = row.status === 'going' ? await this.promoteNext(manager, exchange) : null;
      return { status: 'declined' as const, promoted };
    });
    if (result.status === 'declined') {
      await this.live.registrationsChanged(exchangeId, [
        { personId, status: 'declined', reason: 'refused' },
        ...(result.promoted ? [{ personId: result.promoted, status: 'going' as const, reason: 'promoted' as const }] : []),
      ]);
      await this.live.stopReadingIfLost(exchangeId, personId);
    }
    return result.status;
  }

  /** Registrations of the people I authorise, newest first. */
  async authorisationsFor(actor: Actor): Promise<AuthorisationRequest[]> {
    const rows = await this.dataSource.query<Array<{ exchange_id: string; title: string; person_id: string; name: string; country: string | null; authorisation: AuthorisationStatus; registered_at: Date }>>(
      `SELECT p.exchange_id, x.title, p.person_id, pe.name, pe.country, p.authorisation, p.registered_at
         FROM exchange_participant p JOIN exchange x ON x.id = p.exchange_id JOIN person pe ON pe.id = p.person_id
        WHERE p.authoriser_id = $1 ORDER BY p.registered_at DESC`,
      [actor.personId],
    );
    return rows.map((r) => ({
      kind: 'exchange' as const,
      id: r.exchange_id,
      title: r.title,
      person: { personId: r.person_id, name: r.name, country: r.country as CountryCode | null },
      role: 'participant' as const,
      status: r.authorisation,
      requestedAt: new Date(r.registered_at).toISOString(),
    }));
  }

  /** The organiser admits (or refuses) someone waiting for approval. */
  async decide(actor: Actor, exchangeId: string, personId: string, approve: boolean): Promise<RegistrationStatus> {
    const status = await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', exchangeId, manager, true);
      const row = await manager.findOneBy(ExchangeParticipantEntity, { exchangeId, personId });
      if (!row || row.status !== 'pending-approval') throw notFound('Pending registration');
      const status: RegistrationStatus = !approve ? 'declined' : (await this.hasSeat(manager, exchange)) ? 'going' : 'waitlisted';
      await manager.update(ExchangeParticipantEntity, { exchangeId, personId }, { status });
      return status;
    });
    await this.live.registrationsChanged(exchangeId, [{ personId, status, reason: approve ? 'approved' : 'refused' }]);
    if (status === 'declined') await this.live.stopReadingIfLost(exchangeId, personId);
    return status;
  }

  async recordAttendance(actor: Actor, exchangeId: string, attendance: Array<{ personId: string; attended: boolean }>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const exchange = await this.access.authorize(actor, 'exchange.manage', exchangeId, manager);
      if (exchange.startsAt.getTime() > Date.now()) throw new AppError('CONFLICT', 'Attendance is recorded once the exchange has started', 409);
      for (const a of attendance) await manager.update(ExchangeParticipantEntity, { exchangeId, personId: a.personId }, { attended: a.attended });
    });
  }

  async participants(actor: Actor, exchangeId: string): Promise<ParticipantList> {
    await this.access.load(actor, exchangeId);
    const rows = await this.dataSource.query<Array<{ person_id: string; name: string; country: string | null; organisation_name: string | null; status: RegistrationStatus; attended: boolean | null; registered_at: Date; authorisation: AuthorisationStatus }>>(
      `SELECT p.person_id, pe.name, pe.country, o.name AS organisation_name, p.status, p.attended, p.registered_at, p.authorisation
         FROM exchange_participant p JOIN person pe ON pe.id = p.person_id LEFT JOIN organisation o ON o.id = pe.organisation_id
        WHERE p.exchange_id = $1 ORDER BY pe.country NULLS LAST, pe.name`,
      [exchangeId],
    );
    return {
      items: rows.map((r) => ({
        personId: r.person_id,
        name: r.name,
        country: r.country as CountryCode | null,
        organisationName: r.organisation_name,
        status: r.status,
        attended: r.attended,
        registeredAt: new Date(r.registered_at).toISOString(),
        authorisation: r.authorisation,
      })),
    };
  }

  private async hasSeat(manager: EntityManager, exchange: ExchangeEntity): Promise<boolean> {
    if (exchange.capacity === null) return true;
    const [{ going }] = await manager.query<[{ going: number }]>(`SELECT count(*)::int AS going FROM exchange_participant WHERE exchange_id = $1 AND status = 'going'`, [exchange.id]);
    return going < exchange.capacity;
  }

  /** The first on the waitlist takes the free seat. Returns who was promoted. */
  private async promoteNext(manager: EntityManager, exchange: ExchangeEntity): Promise<string | null> {
    if (!(await this.hasSeat(manager, exchange))) return null;
    const [next] = await manager.query<Array<{ person_id: string }>>(
      `SELECT person_id FROM exchange_participant WHERE exchange_id = $1 AND status = 'waitlisted' ORDER BY registered_at, person_id LIMIT 1`,
      [exchange.id],
    );
    if (!next) return null;
    await manager.update(ExchangeParticipantEntity, { exchangeId: exchange.id, personId: next.person_id }, { status: 'going' });
    return next.person_id;
  }
}

function sameAnswer(current: RegistrationStatus, answer: RegisterRequest['answer']): boolean {
  if (answer === 'going') return current === 'going' || current === 'waitlisted' || current === 'pending-approval';
  return current === answer;
}
