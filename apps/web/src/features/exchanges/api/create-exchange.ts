import { ExchangeDetail, type CreateExchangeRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** Creates a draft exchange (coordinators of the alliance). */
export const createExchange = (body: CreateExchangeRequest) => apiRequest('/api/exchanges', { method: 'POST', body, schema: ExchangeDetail });

export function useCreateExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExchange,
    onSuccess: (exchange) => {
      queryClient.setQueryData(exchangeKeys.one(exchange.id), exchange);
      return queryClient.invalidateQueries({ queryKey: exchangeKeys.lists });
    },
  });
}
