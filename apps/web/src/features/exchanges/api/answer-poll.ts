import { Poll, type AnswerPoll } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** Yes / if need be / no for one or more proposed times. */
export const answerPoll = ({ id, body }: { id: string; body: AnswerPoll }) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/poll/answers`, { method: 'PUT', body, schema: Poll });

export function useAnswerPoll() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: answerPoll, onSuccess: (poll, { id }) => queryClient.setQueryData(exchangeKeys.part(id, 'poll'), poll) });
}
