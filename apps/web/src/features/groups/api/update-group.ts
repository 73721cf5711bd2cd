import { GroupDetail, type UpdateGroupRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Edits, archives ({status: 'archived'}) or reactivates a group. */
export const updateGroup = ({ groupId, body }: { groupId: string; body: UpdateGroupRequest }) =>
  apiRequest(`/api/groups/${encodeURIComponent(groupId)}`, { method: 'PATCH', body, schema: GroupDetail });

export function useUpdateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateGroup,
    onSuccess: (group) => {
      queryClient.setQueryData(['groups', 'one', group.id], group);
      return queryClient.invalidateQueries({ queryKey: ['groups', 'list'] });
    },
  });
}
