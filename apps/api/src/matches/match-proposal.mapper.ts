import type { CountryCode, MatchProposal } from '@peerhub/contracts';
import type { MatchPartyEntity } from './match-party.entity';
import type { MatchProposalEntity } from './match-proposal.entity';

export type PeopleById = Map<string, { name: string; country: string | null }>;

export function toMatchProposal(p: MatchProposalEntity, refs: { needTitle: string; allianceId: string; parties: MatchPartyEntity[]; people: PeopleById }): MatchProposal {
  const person = (id: string | null) => {
    const found = id ? refs.people.get(id) : undefined;
    return { personId: id ?? '00000000-0000-4000-8000-000000000000', name: found?.name ?? 'Former member', country: (found?.country ?? null) as CountryCode | null };
  };
  return {
    id: p.id,
    needId: p.needId,
    needTitle: refs.needTitle,
    allianceId: refs.allianceId,
    proposedBy: person(p.proposedById),
    message: p.message,
    // An unanswered proposal past its date reads as expired (nothing needs to run to mark it).
    status: p.status === 'proposed' && p.expiresAt.getTime() < Date.now() ? 'expired' : p.status,
    expiresAt: p.expiresAt.toISOString(),
    createGroup: p.createGroup,
    createExchange: p.createExchange,
    // The learner first, then the peers in the order they were proposed.
    parties: [...refs.parties]
      .sort((a, b) => (a.side === b.side ? 0 : a.side === 'learner' ? -1 : 1))
      .map((party) => ({
        ...person(party.personId),
        side: party.side,
        answer: party.answer,
        reason: party.reason,
        answeredAt: party.answeredAt?.toISOString() ?? null,
        authoriser: party.authoriserId ? person(party.authoriserId) : null,
        authorisation: party.authorisation,
        authorisationReason: party.authorisationReason,
      })),
    groupId: p.groupId,
    exchangeId: p.exchangeId,
    createdAt: p.createdAt.toISOString(),
  };
}
