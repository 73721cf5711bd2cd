import { GroupDetail } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/**
 * The group behind a group conversation: where I stand in it (lead?) and whether it is archived,
 * which the message policies need. Kept under the chat's own key.
 */
export const getConversationGroup = (groupId: string) => apiRequest(`/api/groups/${encodeURIComponent(groupId)}`, { schema: GroupDetail });

export const conversationGroupQueryOptions = (groupId: string | null) =>
  queryOptions({ queryKey: ['conversations', 'group-detail', groupId], queryFn: () => getConversationGroup(groupId ?? ''), enabled: groupId !== null });

export const useConversationGroup = (groupId: string | null) => useQuery(conversationGroupQueryOptions(groupId));
