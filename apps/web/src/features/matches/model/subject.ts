import type { Match } from '@peerhub/contracts';
import type { Actor, MatchSubject } from '@peerhub/domain';

/** The match as the signed-in person stands with it: the same subject the API's policies read. */
export function matchSubject(actor: Actor | null, match: Match): MatchSubject {
  const mine = match.members.find((m) => m.personId === actor?.personId);
  return {
    allianceId: match.allianceId,
    status: match.status,
    party: Boolean(mine),
    learner: mine?.side === 'learner',
    authoriserOfParty: match.members.some((m) => m.authoriser?.personId === actor?.personId),
  };
}
