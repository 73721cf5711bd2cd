import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useInvalidateGroups } from './invalidate';

/** Removes a member (or withdraws an invitation); the reason goes into the audit log. */
export const removeGroupMember = ({ groupId, personId, reason }: { groupId: string; personId: string; reason?: string | undefined }) =>
  apiRequest(`/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(personId)}`, { method: 'DELETE', body: reason ? { reason } : {} });

export function useRemoveGroupMember() {
  const invalidate = useInvalidateGroups();
  return useMutation({ mutationFn: removeGroupMember, onSuccess: invalidate });
}
