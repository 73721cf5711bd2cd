import { ExchangeDetail, type UpdateExchangeRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** Edits an exchange (any subset; the API checks the edited whole; 409 when the capacity falls below who is going). */
export const updateExchange = ({ id, body }: { id: string; body: UpdateExchangeRequest }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: ExchangeDetail });

export function useUpdateExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExchange,
    onSuccess: (exchange) => {
      queryClient.setQueryData(exchangeKeys.one(exchange.id), exchange);
      return queryClient.invalidateQueries({ queryKey: exchangeKeys.lists });
    },
  });
}
