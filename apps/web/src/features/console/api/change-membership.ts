import { ChangeMembershipRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

/** Changes a member's role in place, or suspends / reinstates them. */
export const changeMembership = ({ allianceId, personId, body }: { allianceId: string; personId: string; body: z.input<typeof ChangeMembershipRequest> }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/members/${encodeURIComponent(personId)}`, { method: 'PATCH', body: ChangeMembershipRequest.parse(body) });

export function useChangeMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMembership,
    onSuccess: (_, { allianceId }) => Promise.all([queryClient.invalidateQueries({ queryKey: consoleKey(allianceId) }), queryClient.invalidateQueries({ queryKey: ['people'] })]),
  });
}
