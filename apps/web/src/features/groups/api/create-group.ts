import { GroupDetail, type CreateGroupRequest } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createGroup = ({ allianceId, body }: { allianceId: string; body: CreateGroupRequest }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/groups`, { method: 'POST', body, schema: GroupDetail });

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGroup,
    onSuccess: (group) => {
      queryClient.setQueryData(['groups', 'one', group.id], group);
      return queryClient.invalidateQueries({ queryKey: ['groups', 'list'] });
    },
  });
}
