import { InviteBatchRequest, InviteBatchResult } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

/** Invites up to 50 people; each row is answered on its own. */
export const inviteBatch = ({ allianceId, body }: { allianceId: string; body: InviteBatchRequest }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/invitations/batch`, { method: 'POST', body: InviteBatchRequest.parse(body), schema: InviteBatchResult });

export function useInviteBatch() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: inviteBatch, onSettled: (_, __, { allianceId }) => queryClient.invalidateQueries({ queryKey: consoleKey(allianceId, 'invitations') }) });
}
