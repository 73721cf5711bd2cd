import { Invitation, type CreateInvitationRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { allianceInvitationsQueryOptions } from './get-alliance-invitations';

export const createInvitation = (body: CreateInvitationRequest) =>
  apiRequest(`/api/alliances/${encodeURIComponent(body.allianceId)}/invitations`, { method: 'POST', body, schema: Invitation });

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (invitation) => queryClient.invalidateQueries({ queryKey: allianceInvitationsQueryOptions(invitation.allianceId).queryKey }),
  });
}
