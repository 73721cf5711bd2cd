import { ConversationSummary } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The exchange's live conversation (its organiser and the people registered; 404 for the others). */
export const getExchangeConversation = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/conversation`, { schema: ConversationSummary });

export const exchangeConversationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['conversations', 'exchange', id], queryFn: () => getExchangeConversation(id) });

export const useExchangeConversation = (id: string, enabled: boolean) => useQuery({ ...exchangeConversationQueryOptions(id), enabled });
