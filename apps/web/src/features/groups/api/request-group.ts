import { GroupJoinRequestBody } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateGroups } from './invalidate';

/** Asks to join a by-request group; a lead or a coordinator decides. */
export const requestGroup = ({ groupId, body }: { groupId: string; body: z.input<typeof GroupJoinRequestBody> }) =>
  apiRequest(`/api/groups/${encodeURIComponent(groupId)}/requests`, { method: 'POST', body: GroupJoinRequestBody.parse(body) });

export function useRequestGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: requestGroup, onSuccess: invalidate });
}
