import { MatchProposal, type AnswerProposalRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateLearning } from './keys';

/** Accepts, or declines with a reason (409 when expired or already decided). The last acceptance opens the match. */
export const answerProposal = ({ id, body }: { id: string; body: AnswerProposalRequest }) =>
  apiRequest(`/api/match-proposals/${encodeURIComponent(id)}/answer`, { method: 'POST', body, schema: MatchProposal });

export function useAnswerProposal() {
  const invalidate = useInvalidateLearning();
  // Refused answers refresh too: a 409 means the proposal changed under the page (expired, declined by another party).
  return useMutation({ mutationFn: answerProposal, onSettled: invalidate });
}
