import { ConversationSummary } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A peer group's conversation (created by the API on first use). */
export const getGroupConversation = (groupId: string) => apiRequest(`/api/groups/${encodeURIComponent(groupId)}/conversation`, { schema: ConversationSummary });

export const groupConversationQueryOptions = (groupId: string) =>
  queryOptions({ queryKey: ['conversations', 'group', groupId], queryFn: () => getGroupConversation(groupId) });

export const useGroupConversation = (groupId: string) => useQuery(groupConversationQueryOptions(groupId));
