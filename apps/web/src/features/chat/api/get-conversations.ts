import { ConversationList, type ConversationSummary, type ReadUpdated } from '@peerhub/contracts';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getConversations = () => apiRequest('/api/conversations', { schema: ConversationList });

/**
 * My conversations with their unread counts. New messages move the counts live (the tab watches
 * every conversation I may read); the list is fetched again when the window gets focus.
 */
export const conversationsQueryOptions = () =>
  queryOptions({ queryKey: ['conversations', 'list'], queryFn: getConversations, staleTime: 0, refetchOnWindowFocus: true });

export const useConversations = () => useQuery(conversationsQueryOptions());

/** The summary of one conversation, from the list (there is no GET /api/conversations/:id). */
export const useConversationSummary = (conversationId: string) =>
  useQuery({ ...conversationsQueryOptions(), select: (list): ConversationSummary | null => list.items.find((c) => c.id === conversationId) ?? null });

/** Applies a read position (from this tab or another) to the cached list. */
export function applyReadUpdate(client: QueryClient, update: ReadUpdated): void {
  client.setQueryData(conversationsQueryOptions().queryKey, (list) =>
    list
      ? {
          items: list.items.map((c) =>
            c.id === update.conversationId && update.lastReadSeq >= c.lastReadSeq
              ? { ...c, lastReadSeq: update.lastReadSeq, unread: update.unread, lastSeq: Math.max(c.lastSeq, update.lastReadSeq + update.unread) }
              : c,
          ),
        }
      : list,
  );
}

/** A message arrived in one of my conversations: its last seq moved (the unread count follows). */
export function applyNewSeq(client: QueryClient, conversationId: string, seq: number, createdAt: string): void {
  client.setQueryData(conversationsQueryOptions().queryKey, (list) =>
    list
      ? {
          items: list.items.map((c) =>
            c.id === conversationId && seq > c.lastSeq ? { ...c, lastSeq: seq, unread: Math.max(0, seq - c.lastReadSeq), lastMessageAt: createdAt } : c,
          ),
        }
      : list,
  );
}
