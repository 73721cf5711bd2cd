import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { allianceInvitationsQueryOptions } from './get-alliance-invitations';

export const revokeInvitation = ({ allianceId, invitationId }: { allianceId: string; invitationId: string }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (_, { allianceId }) => queryClient.invalidateQueries({ queryKey: allianceInvitationsQueryOptions(allianceId).queryKey }),
  });
}
