import { DecideRequests, DecideRequestsResult } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

/** Approves or rejects one request or many; each is answered on its own (some may fail). */
export const decideRequests = ({ allianceId, body }: { allianceId: string; body: DecideRequests }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/pending-requests/decisions`, { method: 'POST', body: DecideRequests.parse(body), schema: DecideRequestsResult });

export function useDecideRequests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideRequests,
    onSuccess: (_, { allianceId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: consoleKey(allianceId) }), queryClient.invalidateQueries({ queryKey: ['groups'] }), queryClient.invalidateQueries({ queryKey: ['people'] })]),
  });
}
