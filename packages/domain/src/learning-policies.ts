import type { LearningNeedStatus, ProposalStatus } from '@peerhub/contracts';
import type { Actor } from './actor';
import { activeRoleIn, isAdmin } from './actor';

/** A learning need as one person stands with it. */
export interface LearningNeedSubject {
  allianceId: string;
  status: LearningNeedStatus;
  /** Posted it. */
  author: boolean;
  /** Is named in one of its match proposals (as a peer). */
  party: boolean;
}

/** A match proposal as one person stands with it. */
export interface MatchProposalSubject {
  allianceId: string;
  status: ProposalStatus;
  /** The learner or one of the peers, and whether they still have to answer. */
  party: boolean;
  answered: boolean;
  expired: boolean;
}

export interface LearningActionSubjects {
  'learning-need.create': { allianceId: string };
  'learning-need.view': LearningNeedSubject;
  'learning-need.edit': LearningNeedSubject;
  'learning-need.match': LearningNeedSubject;
  'match-proposal.view': MatchProposalSubject;
  'match-proposal.answer': MatchProposalSubject;
}

type Verdict = boolean | string;
const inAlliance = (actor: Actor, allianceId: string) => activeRoleIn(actor, allianceId) !== null;
const coordinates = (actor: Actor, allianceId: string) => isAdmin(actor) || activeRoleIn(actor, allianceId) === 'coordinator';

/**
 * The P2P learning cycle: a need is its author's and the alliance coordinators' (who broker
 * matches); peers see it once they are proposed for it. Answers are the parties' own.
 */
export const learningRules: { [A in keyof LearningActionSubjects]: (actor: Actor, subject: LearningActionSubjects[A]) => Verdict } = {
  'learning-need.create': (actor, { allianceId }) => inAlliance(actor, allianceId) || 'Join the alliance to post a learning need',
  'learning-need.view': (actor, n) => {
    if (coordinates(actor, n.allianceId)) return true;
    if (!inAlliance(actor, n.allianceId)) return false;
    return n.author || (n.party && n.status !== 'draft');
  },
  'learning-need.edit': (actor, n) => {
    if (!(n.author && inAlliance(actor, n.allianceId)) && !coordinates(actor, n.allianceId)) return false;
    return n.status === 'closed' ? 'This learning need is closed' : true;
  },
  'learning-need.match': (actor, n) => {
    if (!coordinates(actor, n.allianceId)) return false;
    if (n.status === 'draft') return 'The author has not posted this need yet';
    if (n.status === 'closed') return 'This learning need is closed';
    return true;
  },
  'match-proposal.view': (actor, p) => coordinates(actor, p.allianceId) || (p.party && inAlliance(actor, p.allianceId)),
  'match-proposal.answer': (actor, p) => {
    if (!p.party || !inAlliance(actor, p.allianceId)) return false;
    if (p.status !== 'proposed') return `This proposal was already ${p.status}`;
    if (p.expired) return 'This proposal has expired: ask the coordinator for a new one';
    if (p.answered) return 'You have already answered this proposal';
    return true;
  },
};
