import { MessageSearchResult } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const searchMessages = (q: string) => apiRequest('/api/conversations/search', { query: { q }, schema: MessageSearchResult });

export const messageSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['conversations', 'search', q], queryFn: () => searchMessages(q), enabled: q.trim().length >= 2, placeholderData: keepPreviousData });

export const useMessageSearch = (q: string) => useQuery(messageSearchQueryOptions(q));
