import type { AuthorisationStatus, LearningNeedStatus, ProposalStatus } from '@peerhub/contracts';
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
  /** Authorises one of its parties. */
  authoriserOfParty: boolean;
}

/** An accepted match (its learning plan, commitments, report) as one person stands with it. */
export interface MatchSubject {
  allianceId: string;
  status: 'active' | 'closed';
  /** The learner or a peer. */
  party: boolean;
  learner: boolean;
  /** Authorises one of the parties (their manager at home). */
  authoriserOfParty: boolean;
}

/** One person's participation (in a match or an exchange), as their authoriser (or someone else) stands with it. */
export interface AuthorisationSubject {
  /** The actor is this person's named authoriser. */
  authoriser: boolean;
  status: AuthorisationStatus;
  /** Why there is nothing left to decide (the proposal was declined, the exchange cancelled…), or null. */
  ended: string | null;
}

export interface LearningActionSubjects {
  'learning-need.create': { allianceId: string };
  'learning-need.view': LearningNeedSubject;
  'learning-need.edit': LearningNeedSubject;
  'learning-need.match': LearningNeedSubject;
  'match-proposal.view': MatchProposalSubject;
  'match-proposal.answer': MatchProposalSubject;
  'match.view': MatchSubject;
  'match.plan': MatchSubject;
  'match.close': MatchSubject;
  'authorisation.decide': AuthorisationSubject;
  'learning-results.view': { allianceId: string };
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
  'match-proposal.view': (actor, p) => coordinates(actor, p.allianceId) || (p.party && inAlliance(actor, p.allianceId)) || p.authoriserOfParty,
  'match-proposal.answer': (actor, p) => {
    if (!p.party || !inAlliance(actor, p.allianceId)) return false;
    if (p.status !== 'proposed') return `This proposal was already ${p.status}`;
    if (p.expired) return 'This proposal has expired: ask the coordinator for a new one';
    if (p.answered) return 'You have already answered this proposal';
    return true;
  },
  // The match's workspace: its parties and the coordinators; the parties' authorisers read it (and its report).
  'match.view': (actor, m) => coordinates(actor, m.allianceId) || (m.party && inAlliance(actor, m.allianceId)) || m.authoriserOfParty,
  'match.plan': (actor, m) => {
    if (!coordinates(actor, m.allianceId) && !(m.party && inAlliance(actor, m.allianceId))) return false;
    return m.status === 'closed' ? 'This match is closed' : true;
  },
  'match.close': (actor, m) => {
    if (!coordinates(actor, m.allianceId) && !(m.learner && inAlliance(actor, m.allianceId))) return false;
    return m.status === 'closed' ? 'This match is already closed' : true;
  },
  'authorisation.decide': (_actor, a) => {
    if (!a.authoriser) return false;
    if (a.ended) return a.ended;
    if (a.status !== 'pending') return `You have already ${a.status === 'approved' ? 'approved' : 'refused'} this participation`;
    return true;
  },
  'learning-results.view': (actor, { allianceId }) => coordinates(actor, allianceId),
};
