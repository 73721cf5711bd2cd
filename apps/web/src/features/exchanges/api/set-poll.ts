import { Poll, type SetPollSlots } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** Proposes the times (replaces the poll and its answers; the organiser). */
export const setPoll = ({ id, body }: { id: string; body: SetPollSlots }) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/poll`, { method: 'PUT', body, schema: Poll });

export function useSetPoll() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setPoll, onSuccess: (poll, { id }) => queryClient.setQueryData(exchangeKeys.part(id, 'poll'), poll) });
}
