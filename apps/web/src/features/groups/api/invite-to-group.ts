import { InviteToGroupRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateGroups } from './invalidate';

/** Invites alliance members; each of them can then accept from the group's page. */
export const inviteToGroup = ({ groupId, body }: { groupId: string; body: z.input<typeof InviteToGroupRequest> }) =>
  apiRequest(`/api/groups/${encodeURIComponent(groupId)}/invitations`, { method: 'POST', body: InviteToGroupRequest.parse(body) });

export function useInviteToGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: inviteToGroup, onSuccess: invalidate });
}
