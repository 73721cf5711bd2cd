import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, whyNot, type Actor, type MatchSubject } from '@peerhub/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { MatchPartyEntity } from './match-party.entity';
import { MatchProposalEntity } from './match-proposal.entity';

export interface LoadedMatch {
  match: MatchProposalEntity;
  need: LearningNeedEntity;
  parties: MatchPartyEntity[];
  subject: MatchSubject;
}

type MatchAction = 'match.view' | 'match.plan' | 'match.close';

/** A match is an accepted proposal. Loads it as the person stands with it; one they may not see is "not found". */
@Injectable()
export class MatchAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(actor: Actor, matchId: string, action: MatchAction = 'match.view', manager: EntityManager = this.dataSource.manager): Promise<LoadedMatch> {
    const match = await manager.findOneBy(MatchProposalEntity, { id: matchId, status: 'accepted' });
    if (!match) throw notFound('Match');
    const [need, parties] = await Promise.all([manager.findOneByOrFail(LearningNeedEntity, { id: match.needId }), manager.findBy(MatchPartyEntity, { proposalId: matchId })]);
    const loaded = standing(actor, match, need, parties);
    if (!can(actor, 'match.view', loaded.subject)) throw notFound('Match');
    if (action !== 'match.view' && !can(actor, action, loaded.subject)) {
      const reason = whyNot(actor, action, loaded.subject);
      throw reason ? new AppError('CONFLICT', reason, 409) : new AppError('FORBIDDEN', 'Only the parties of the match and the coordinators change it', 403);
    }
    return loaded;
  }

  /** The matches among these the person may see, in the order given, in three queries. */
  async loadMany(actor: Actor, matchIds: string[]): Promise<LoadedMatch[]> {
    if (matchIds.length === 0) return [];
    const manager = this.dataSource.manager;
    const matches = await manager.findBy(MatchProposalEntity, { id: In(matchIds), status: 'accepted' });
    const [needs, parties] = await Promise.all([
      manager.findBy(LearningNeedEntity, { id: In([...new Set(matches.map((m) => m.needId))]) }),
      manager.findBy(MatchPartyEntity, { proposalId: In(matches.map((m) => m.id)) }),
    ]);
    const needById = new Map(needs.map((n) => [n.id, n]));
    const order = new Map(matchIds.map((id, index) => [id, index]));
    return matches
      .map((match) => standing(actor, match, needById.get(match.needId)!, parties.filter((p) => p.proposalId === match.id)))
      .filter((loaded) => can(actor, 'match.view', loaded.subject))
      .sort((a, b) => order.get(a.match.id)! - order.get(b.match.id)!);
  }
}

function standing(actor: Actor, match: MatchProposalEntity, need: LearningNeedEntity, parties: MatchPartyEntity[]): LoadedMatch {
  const mine = parties.find((p) => p.personId === actor.personId);
  const subject: MatchSubject = {
    allianceId: need.allianceId,
    status: match.closedAt ? 'closed' : 'active',
    party: Boolean(mine),
    learner: mine?.side === 'learner',
    authoriserOfParty: parties.some((p) => p.authoriserId === actor.personId),
  };
  return { match, need, parties, subject };
}
