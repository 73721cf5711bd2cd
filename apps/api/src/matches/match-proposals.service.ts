import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuthorisationDecision as DecisionSchema,
  AnswerProposalRequest as AnswerSchema,
  type AuthorisationDecision,
  type AuthorisationRequest,
  type AuthorisationStatus,
  type CountryCode,
  ProposeMatchRequest as ProposeSchema,
  type AnswerProposalRequest,
  type MatchProposal,
  type MatchProposalList,
  type ProposeMatchRequest,
} from '@peerhub/contracts';
import { can, whyNot, type Actor, type MatchProposalSubject } from '@peerhub/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound, validationFailed } from '../common/app-error';
import { ExchangesService } from '../exchanges/exchanges.service';
import { GroupsService } from '../groups/groups.service';
import { LearningNeedAccess } from '../learning-needs/learning-need-access';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { composeMail } from '../mail/compose-mail';
import { recipientLocale, textsIn } from '../mail/mail-messages';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { PersonEntity } from '../people/person.entity';
import { prefilledExchange, prefilledGroup } from './match-prefill';
import { MatchPartyEntity } from './match-party.entity';
import { MatchProposalEntity } from './match-proposal.entity';
import { toMatchProposal, type PeopleById } from './match-proposal.mapper';

const DAY_MS = 86_400_000;

/**
 * A coordinator brokers a match: proposes peers for a need; the learner and each peer accept or
 * decline (with a reason). When the last one accepts, the match opens its peer group and its draft
 * exchange in the same transaction, and the need becomes "matched".
 */
@Injectable()
export class MatchProposalsService {
  private readonly logger = new Logger('Matches');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: LearningNeedAccess,
    private readonly groups: GroupsService,
    private readonly exchanges: ExchangesService,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
  ) {}

  async propose(actor: Actor, needId: string, request: ProposeMatchRequest): Promise<MatchProposal> {
    const input = ProposeSchema.parse(request);
    const peerIds = [...new Set(input.peerIds)];
    const { need } = await this.needs.load(actor, needId, 'learning-need.match');
    if (peerIds.includes(need.authorId)) {
      throw validationFailed([{ path: 'peerIds', message: 'A learning need cannot be matched with its own author' }]);
    }
    const members = await this.dataSource.query<Array<{ person_id: string }>>(
      `SELECT person_id FROM alliance_membership WHERE alliance_id = $1 AND status = 'active' AND person_id = ANY($2)`,
      [need.allianceId, peerIds],
    );
    if (members.length !== peerIds.length) {
      throw validationFailed([{ path: 'peerIds', message: 'Every peer must be an active member of the alliance' }]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.save(
        manager.create(MatchProposalEntity, {
          needId,
          proposedById: actor.personId,
          message: input.message,
          status: 'proposed',
          expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
          createGroup: input.createGroup,
          createExchange: input.createExchange,
          groupId: null,
          exchangeId: null,
          decidedAt: null,
        }),
      );
      const authorisers = new Map(
        (await manager.find(PersonEntity, { where: { id: In([need.authorId, ...peerIds]) }, select: { id: true, authoriserId: true } })).map((p) => [p.id, p.authoriserId]),
      );
      const party = (personId: string, side: 'learner' | 'peer') => {
        const authoriserId = authorisers.get(personId) ?? null;
        return { proposalId: proposal.id, personId, side, authoriserId, authorisation: authoriserId ? ('pending' as const) : ('not-needed' as const) };
      };
      await manager.insert(MatchPartyEntity, [party(need.authorId, 'learner'), ...peerIds.map((personId) => party(personId, 'peer'))]);
      return proposal.id;
    });
    await this.tellParties(id, need, 'proposed');
    return this.detail(actor, id);
  }

  /** The proposals made for a need (coordinators: all; a party: theirs). */
  async forNeed(actor: Actor, needId: string): Promise<MatchProposalList> {
    const { subject } = await this.needs.load(actor, needId);
    const proposals = await this.dataSource.getRepository(MatchProposalEntity).find({ where: { needId }, order: { createdAt: 'DESC' } });
    const visible = can(actor, 'learning-need.match', subject) || can(actor, 'learning-need.edit', subject) ? proposals : await this.visible(actor, proposals);
    return { items: await this.present(visible) };
  }

  /** Proposals I am a party to, newest first: what I have to answer. */
  async mine(actor: Actor): Promise<MatchProposalList> {
    const ids = (await this.dataSource.getRepository(MatchPartyEntity).find({ where: { personId: actor.personId }, select: { proposalId: true } })).map((p) => p.proposalId);
    if (ids.length === 0) return { items: [] };
    const proposals = await this.dataSource.getRepository(MatchProposalEntity).find({ where: { id: In(ids) }, order: { createdAt: 'DESC' } });
    return { items: await this.present(await this.visible(actor, proposals)) };
  }

  async detail(actor: Actor, id: string): Promise<MatchProposal> {
    const proposal = await this.dataSource.getRepository(MatchProposalEntity).findOneBy({ id });
    if (!proposal || !can(actor, 'match-proposal.view', await this.subjectOf(actor, proposal))) throw notFound('Match proposal');
    return (await this.present([proposal]))[0]!;
  }

  /** One party's answer, under the proposal's row lock so the last two answers cannot both miss the match. */
  async answer(actor: Actor, id: string, request: AnswerProposalRequest): Promise<MatchProposal> {
    const input = AnswerSchema.parse(request);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(MatchProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!proposal) throw notFound('Match proposal');
      const subject = await this.subjectOf(actor, proposal, manager);
      if (!can(actor, 'match-proposal.view', subject)) throw notFound('Match proposal');
      if (!subject.party) throw forbidden('Only the learner and the proposed peers answer a proposal');
      if (!can(actor, 'match-proposal.answer', subject)) throw conflict(whyNot(actor, 'match-proposal.answer', subject) ?? 'You cannot answer this proposal');

      const now = new Date();
      await manager.update(MatchPartyEntity, { proposalId: id, personId: actor.personId }, { answer: input.answer, reason: input.reason, answeredAt: now });
      if (input.answer === 'declined') {
        await manager.update(MatchProposalEntity, { id }, { status: 'declined', decidedAt: now });
        return 'declined' as const;
      }
      return this.settle(manager, proposal, now);
    });
    await this.afterOutcome(id, outcome);
    return this.detail(actor, id);
  }

  /** Match participations of the people I authorise, newest first (exchange registrations come from the exchanges). */
  async authorisationsFor(actor: Actor): Promise<AuthorisationRequest[]> {
    const rows = await this.dataSource.query<Array<{ proposal_id: string; title: string; person_id: string; name: string; country: string | null; side: 'learner' | 'peer'; authorisation: AuthorisationStatus; created_at: Date }>>(
      `SELECT mp.proposal_id, n.title, mp.person_id, pe.name, pe.country, mp.side, mp.authorisation, p.created_at
         FROM match_party mp JOIN match_proposal p ON p.id = mp.proposal_id JOIN learning_need n ON n.id = p.need_id JOIN person pe ON pe.id = mp.person_id
        WHERE mp.authoriser_id = $1 ORDER BY p.created_at DESC`,
      [actor.personId],
    );
    return rows.map((r) => ({
      kind: 'match' as const,
      id: r.proposal_id,
      title: r.title,
      person: { personId: r.person_id, name: r.name, country: r.country as CountryCode | null },
      role: r.side,
      status: r.authorisation,
      requestedAt: r.created_at.toISOString(),
    }));
  }

  /** An authoriser approves (or refuses, with a reason) one person's taking part; a refusal ends the proposal. */
  async decideAuthorisation(actor: Actor, proposalId: string, personId: string, request: AuthorisationDecision): Promise<MatchProposal> {
    const input = DecisionSchema.parse(request);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(MatchProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: proposalId }).getOne();
      const party = proposal ? await manager.findOneBy(MatchPartyEntity, { proposalId, personId }) : null;
      if (!proposal || !party || party.authoriserId !== actor.personId) throw notFound('Authorisation request');
      const expired = proposal.status === 'proposed' && proposal.expiresAt.getTime() < Date.now();
      const status = expired ? 'expired' : proposal.status;
      const subject = { authoriser: true, status: party.authorisation, ended: status === 'proposed' ? null : `This proposal was already ${status}` };
      if (!can(actor, 'authorisation.decide', subject)) throw conflict(whyNot(actor, 'authorisation.decide', subject) ?? 'You cannot decide on this participation');
      const now = new Date();
      await manager.update(MatchPartyEntity, { proposalId, personId }, { authorisation: input.decision, authorisationReason: input.reason, authorisedAt: now });
      if (input.decision === 'refused') {
        await manager.update(MatchProposalEntity, { id: proposalId }, { status: 'declined', decidedAt: now });
        return 'declined' as const;
      }
      return this.settle(manager, proposal, now);
    });
    await this.afterOutcome(proposalId, outcome);
    return this.detail(actor, proposalId);
  }

  /** The match opens once every party accepted and every authoriser who must approve did. */
  private async settle(manager: EntityManager, proposal: MatchProposalEntity, now: Date): Promise<'waiting' | 'accepted'> {
    const parties = await manager.findBy(MatchPartyEntity, { proposalId: proposal.id });
    const ready = parties.every((p) => p.answer === 'accepted' && (p.authorisation === 'not-needed' || p.authorisation === 'approved'));
    if (!ready) return 'waiting';
    await this.openMatch(manager, proposal, parties, now);
    return 'accepted';
  }

  private async afterOutcome(proposalId: string, outcome: 'waiting' | 'accepted' | 'declined'): Promise<void> {
    if (outcome === 'waiting') return;
    const proposal = await this.dataSource.getRepository(MatchProposalEntity).findOneByOrFail({ id: proposalId });
    const need = await this.dataSource.getRepository(LearningNeedEntity).findOneByOrFail({ id: proposal.needId });
    await this.tellParties(proposalId, need, outcome);
  }

  /** Every party accepted: the need is matched; its peer group and draft exchange are created now. */
  private async openMatch(manager: EntityManager, proposal: MatchProposalEntity, parties: MatchPartyEntity[], now: Date): Promise<void> {
    const need = await manager.findOneByOrFail(LearningNeedEntity, { id: proposal.needId });
    const people = await manager.find(PersonEntity, { where: { id: In(parties.map((p) => p.personId)) }, select: { id: true, country: true, timezone: true } });
    const learner = parties.find((p) => p.side === 'learner')!.personId;
    const peers = parties.filter((p) => p.side === 'peer').map((p) => p.personId);
    // The proposer organises what the match creates; a proposer who left hands it to the learner.
    const organiserId = proposal.proposedById ?? learner;
    let groupId: string | null = null;
    if (proposal.createGroup) {
      groupId = await this.groups.insert(manager, organiserId, need.allianceId, prefilledGroup(need, learner), [learner, ...peers]);
    }
    let exchangeId: string | null = null;
    if (proposal.createExchange) {
      const host = people.find((p) => p.id === peers[0]) ?? people.find((p) => p.id === learner)!;
      const learnerCountry = people.find((p) => p.id === learner)?.country ?? null;
      exchangeId = await this.exchanges.insertDraft(manager, organiserId, prefilledExchange(need, { country: host.country ?? learnerCountry ?? 'KZ', timezone: host.timezone }, groupId, [learner, ...peers]));
    }
    await manager.update(MatchProposalEntity, { id: proposal.id }, { status: 'accepted', decidedAt: now, groupId, exchangeId });
    await manager.update(LearningNeedEntity, { id: need.id }, { status: 'matched' });
  }

  private async subjectOf(actor: Actor, proposal: MatchProposalEntity, manager: EntityManager = this.dataSource.manager): Promise<MatchProposalSubject> {
    return (await this.subjectsOf(actor, [proposal], manager)).get(proposal.id)!;
  }

  /** How the person stands with each proposal, in one query however many there are. */
  private async subjectsOf(actor: Actor, proposals: MatchProposalEntity[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MatchProposalSubject>> {
    const rows = await manager.query<Array<{ id: string; alliance_id: string; answer: string | null; authoriser: boolean }>>(
      `SELECT p.id, n.alliance_id, mp.answer, EXISTS (SELECT 1 FROM match_party a WHERE a.proposal_id = p.id AND a.authoriser_id = $2) AS authoriser
         FROM match_proposal p JOIN learning_need n ON n.id = p.need_id
         LEFT JOIN match_party mp ON mp.proposal_id = p.id AND mp.person_id = $2
        WHERE p.id = ANY($1)`,
      [proposals.map((p) => p.id), actor.personId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return new Map(
      proposals.map((proposal) => {
        const row = byId.get(proposal.id);
        return [
          proposal.id,
          {
            allianceId: row?.alliance_id ?? '',
            status: proposal.status,
            party: row?.answer !== null && row?.answer !== undefined,
            answered: row?.answer === 'accepted' || row?.answer === 'declined',
            expired: proposal.expiresAt.getTime() < Date.now(),
            authoriserOfParty: row?.authoriser ?? false,
          },
        ];
      }),
    );
  }

  /** The proposals the person may see among these. */
  private async visible(actor: Actor, proposals: MatchProposalEntity[]): Promise<MatchProposalEntity[]> {
    if (proposals.length === 0) return [];
    const subjects = await this.subjectsOf(actor, proposals);
    return proposals.filter((p) => can(actor, 'match-proposal.view', subjects.get(p.id)!));
  }

  private async present(proposals: MatchProposalEntity[]): Promise<MatchProposal[]> {
    if (proposals.length === 0) return [];
    const ids = proposals.map((p) => p.id);
    const [parties, needs] = await Promise.all([
      this.dataSource.getRepository(MatchPartyEntity).find({ where: { proposalId: In(ids) } }),
      this.dataSource.getRepository(LearningNeedEntity).find({ where: { id: In([...new Set(proposals.map((p) => p.needId))]) }, select: { id: true, title: true, allianceId: true } }),
    ]);
    const personIds = [...new Set([...parties.flatMap((p) => (p.authoriserId ? [p.personId, p.authoriserId] : [p.personId])), ...proposals.flatMap((p) => (p.proposedById ? [p.proposedById] : []))])];
    const people: PeopleById = new Map(
      (await this.dataSource.getRepository(PersonEntity).find({ where: { id: In(personIds) }, select: { id: true, name: true, country: true } })).map((p) => [p.id, { name: p.name, country: p.country }]),
    );
    const needById = new Map(needs.map((n) => [n.id, n]));
    return proposals.map((p) => {
      const need = needById.get(p.needId)!;
      return toMatchProposal(p, { needTitle: need.title, allianceId: need.allianceId, parties: parties.filter((x) => x.proposalId === p.id), people });
    });
  }

  /**
   * The parties hear of it through the notification centre (mailed at once unless they chose
   * otherwise); a mail server being down never undoes the proposal or the answer.
   */
  private async tellParties(proposalId: string, need: LearningNeedEntity, what: 'proposed' | 'accepted' | 'declined'): Promise<void> {
    const parties = await this.dataSource.getRepository(MatchPartyEntity).find({ where: { proposalId } });
    if (what === 'proposed') await this.askAuthorisers(parties, need);
    const proposal = await this.dataSource.getRepository(MatchProposalEntity).findOneBy({ id: proposalId });
    await this.notifications.notifyQuietly({
      kind: 'match-proposal',
      recipientIds: parties.map((p) => p.personId),
      actorId: what === 'proposed' ? (proposal?.proposedById ?? null) : null,
      title: need.title,
      link: `/learning/${need.id}`,
      params: { what },
      dedupeKey: `match:${proposalId}:${what}`,
    });
  }

  /** Each party's authoriser is asked to approve their taking part, in the authoriser's language. */
  private async askAuthorisers(parties: MatchPartyEntity[], need: LearningNeedEntity): Promise<void> {
    const asked = parties.filter((p) => p.authoriserId && p.authorisation === 'pending');
    if (asked.length === 0) return;
    const people = new Map(
      (
        await this.dataSource.getRepository(PersonEntity).find({ where: { id: In(asked.flatMap((p) => [p.personId, p.authoriserId!])) }, select: { id: true, name: true, email: true, locale: true } })
      ).map((p) => [p.id, p]),
    );
    const link = this.mail.link('/learning/authorisations');
    for (const party of asked) {
      const authoriser = people.get(party.authoriserId!);
      const person = people.get(party.personId);
      if (!authoriser || !person) continue;
      const locale = recipientLocale(authoriser.locale);
      const t = textsIn(locale);
      const mail = composeMail({
        to: authoriser.email,
        kind: 'match-authorisation',
        locale,
        name: authoriser.name,
        subject: t('mail.match.authorisation.subject', { person: person.name }),
        paragraphs: [t('mail.match.authorisation.body', { person: person.name, title: need.title })],
        link,
      });
      await this.mail.send(mail).catch((error: unknown) => this.logger.warn({ err: error }, 'authorisation mail not sent'));
    }
  }
}
