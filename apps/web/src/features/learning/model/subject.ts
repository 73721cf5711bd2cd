import type { LearningNeed, MatchProposal } from '@peerhub/contracts';
import type { LearningNeedSubject, MatchProposalSubject } from '@peerhub/domain';

/** The policies' view of a need for the signed-in person, from the need and the proposals the page holds. */
export function needSubject(need: LearningNeed, meId: string, proposals: readonly MatchProposal[] = []): LearningNeedSubject {
  return {
    allianceId: need.allianceId,
    status: need.status,
    author: need.author.personId === meId,
    party: proposals.some((p) => p.parties.some((x) => x.personId === meId && x.side === 'peer')),
  };
}

/** The policies' view of a proposal for the signed-in person. */
export function proposalSubject(proposal: MatchProposal, meId: string, now: Date): MatchProposalSubject {
  const mine = proposal.parties.find((p) => p.personId === meId);
  return {
    allianceId: proposal.allianceId,
    status: proposal.status,
    party: mine !== undefined,
    answered: mine !== undefined && mine.answer !== 'pending',
    expired: new Date(proposal.expiresAt).getTime() < now.getTime(),
    authoriserOfParty: proposal.parties.some((p) => p.authoriser?.personId === meId),
  };
}

/** My own line in a proposal, if I am a party. */
export const myParty = (proposal: MatchProposal, meId: string) => proposal.parties.find((p) => p.personId === meId);
