import { RemoveRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

/** Removes someone from the alliance and its groups. */
export const removeMember = ({ allianceId, personId, reason }: { allianceId: string; personId: string; reason?: string | undefined }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/members/${encodeURIComponent(personId)}`, { method: 'DELETE', body: RemoveRequest.parse({ reason }) });

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_, { allianceId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: consoleKey(allianceId) }), queryClient.invalidateQueries({ queryKey: ['people'] }), queryClient.invalidateQueries({ queryKey: ['groups'] })]),
  });
}
