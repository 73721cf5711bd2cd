import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateExchange } from './keys';

/** The organiser admits (going, or the waitlist when full) or refuses someone waiting for approval. */
export const decideApproval = ({ id, personId, approve }: { id: string; personId: string; approve: boolean }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/participants/${encodeURIComponent(personId)}/approval`, { method: 'PUT', body: { approve } });

export function useDecideApproval() {
  const invalidate = useInvalidateExchange();
  return useMutation({ mutationFn: decideApproval, onSuccess: (_data, { id }) => invalidate(id) });
}
