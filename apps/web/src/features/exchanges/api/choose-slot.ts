import { ExchangeDetail } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys, useInvalidateExchange } from './keys';

/** One click: the proposed time becomes the exchange's time (the agenda moves with it). */
export const chooseSlot = ({ id, slotId }: { id: string; slotId: string }) =>
  apiRequest(`/api/exchanges/${encodeURIComponent(id)}/poll/slots/${encodeURIComponent(slotId)}/choose`, { method: 'POST', schema: ExchangeDetail });

export function useChooseSlot() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateExchange();
  return useMutation({
    mutationFn: chooseSlot,
    onSuccess: (exchange) => {
      queryClient.setQueryData(exchangeKeys.one(exchange.id), exchange);
      return invalidate(exchange.id);
    },
  });
}
