import { GroupDetail } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getGroup = (groupId: string) => apiRequest(`/api/groups/${encodeURIComponent(groupId)}`, { schema: GroupDetail });

export const groupQueryOptions = (groupId: string) => queryOptions({ queryKey: ['groups', 'one', groupId], queryFn: () => getGroup(groupId) });

export const useGroup = (groupId: string) => useQuery(groupQueryOptions(groupId));
