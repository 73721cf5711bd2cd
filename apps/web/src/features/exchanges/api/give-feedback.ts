import type { ExchangeFeedback } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** A participant gives (or changes) their feedback. */
export const giveFeedback = ({ id, body }: { id: string; body: ExchangeFeedback }) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/feedback`, { method: 'PUT', body });

export function useGiveFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveFeedback,
    onSuccess: (_data, { id }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: exchangeKeys.part(id, 'afterwards') }), queryClient.invalidateQueries({ queryKey: exchangeKeys.part(id, 'feedback') })]),
  });
}
