import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateGroups } from './invalidate';

/** Joins an open group, or accepts an invitation. */
export const joinGroup = (groupId: string) => apiRequest(`/api/groups/${encodeURIComponent(groupId)}/join`, { method: 'POST' });

export function useJoinGroup() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: joinGroup, onSuccess: invalidate });
}
