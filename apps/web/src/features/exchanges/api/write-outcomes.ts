import { ExchangeAfterwards, type ExchangeOutcomes } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** The organiser writes the outcomes, recommendations and materials (once it has started). */
export const writeOutcomes = ({ id, body }: { id: string; body: ExchangeOutcomes }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/afterwards`, { method: 'PUT', body, schema: ExchangeAfterwards });

export function useWriteOutcomes() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: writeOutcomes, onSuccess: (afterwards, { id }) => queryClient.setQueryData(exchangeKeys.part(id, 'afterwards'), afterwards) });
}
