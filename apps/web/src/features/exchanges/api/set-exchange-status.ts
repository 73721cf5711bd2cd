import { ExchangeDetail, type SetExchangeStatus } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys, useInvalidateExchange } from './keys';

/** Publishes, cancels or completes an exchange. */
export const setExchangeStatus = ({ id, body }: { id: string; body: SetExchangeStatus }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/status`, { method: 'PUT', body, schema: ExchangeDetail });

export function useSetExchangeStatus() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateExchange();
  return useMutation({
    mutationFn: setExchangeStatus,
    onSuccess: (exchange) => {
      queryClient.setQueryData(exchangeKeys.one(exchange.id), exchange);
      return invalidate(exchange.id);
    },
  });
}
