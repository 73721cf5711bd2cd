import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateGroups } from './invalidate';

/** Leaves a group (the API answers 409 with its reason for the last lead). */
export const leaveGroup = (groupId: string) => apiRequest(`/api/groups/${encodeURIComponent(groupId)}/leave`, { method: 'POST' });

export function useLeaveGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: leaveGroup, onSuccess: invalidate });
}
