import { MatchProposal, type ProposeMatchRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateLearning } from './keys';

/** A coordinator proposes peers for a need; the learner and each peer then answer. */
export const proposeMatch = ({ needId, body }: { needId: string; body: ProposeMatchRequest }) =>
  apiRequest(`/api/learning-needs/${encodeURIComponent(needId)}/proposals`, { method: 'POST', body, schema: MatchProposal });

export function useProposeMatch() {
  const invalidate = useInvalidateLearning();
  return useMutation({ mutationFn: proposeMatch, onSuccess: invalidate });
}
