import type { GroupRole } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Makes a member a lead, or a lead a member. */
export const setGroupRole = ({ groupId, personId, role }: { groupId: string; personId: string; role: GroupRole }) =>
  apiRequest(`/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(personId)}/role`, { method: 'PUT', body: { role } });

export function useSetGroupRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setGroupRole, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['groups'] }) });
}
