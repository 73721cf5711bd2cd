import {
  ConversationLevel,
  NotificationPage,
  NotificationPreferences,
  UnreadCount,
  UnsubscribeResult,
  type ConversationNotificationLevel,
  type Notification,
  type NotificationRead,
  type UpdateNotificationPreferences,
} from '@peerhub/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
  preferences: ['notifications', 'preferences'] as const,
  level: (conversationId: string) => ['notifications', 'level', conversationId] as const,
};

export const getNotifications = (before: string | null) => apiRequest('/api/notifications', { schema: NotificationPage, query: { before, limit: 20 } });

/** My notifications, newest first, a page at a time; fetched when the centre opens and after each new one. */
export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam }) => getNotifications(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export const useNotifications = (enabled: boolean) => useInfiniteQuery({ ...notificationsQueryOptions(), enabled });

/** The unread count of the bell: fetched once (and on focus), then moved by live events. */
export const unreadQueryOptions = () => queryOptions({ queryKey: notificationKeys.unread, queryFn: () => apiRequest('/api/notifications/unread-count', { schema: UnreadCount }), refetchOnWindowFocus: true });
export const useUnreadNotifications = () => useQuery(unreadQueryOptions());

/** Applies a read (from this tab or another of mine) to the cached list and count. */
export function applyNotificationRead(client: QueryClient, read: NotificationRead): void {
  const now = new Date().toISOString();
  client.setQueryData(notificationKeys.unread, { unread: read.unread });
  client.setQueryData<InfiniteData<NotificationPage, string | null>>(notificationKeys.list, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            unread: read.unread,
            items: page.items.map((n): Notification => (n.readAt === null && (read.ids === null || read.ids.includes(n.id)) ? { ...n, readAt: now } : n)),
          })),
        }
      : data,
  );
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/notifications/${id}/read`, { method: 'POST', schema: UnreadCount }),
    onSuccess: (count, id) => applyNotificationRead(client, { ids: [id], unread: count.unread }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/notifications/read-all', { method: 'POST', schema: UnreadCount }),
    onSuccess: (count) => applyNotificationRead(client, { ids: null, unread: count.unread }),
  });
}

export const preferencesQueryOptions = () => queryOptions({ queryKey: notificationKeys.preferences, queryFn: () => apiRequest('/api/notifications/preferences', { schema: NotificationPreferences }) });
export const useNotificationPreferences = () => useQuery(preferencesQueryOptions());

export function useUpdateNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferences) => apiRequest('/api/notifications/preferences', { method: 'PUT', body, schema: NotificationPreferences }),
    onSuccess: (prefs) => client.setQueryData(notificationKeys.preferences, prefs),
  });
}

export const useConversationLevel = (conversationId: string) =>
  useQuery({ queryKey: notificationKeys.level(conversationId), queryFn: () => apiRequest(`/api/conversations/${conversationId}/notification-level`, { schema: ConversationLevel }) });

export function useSetConversationLevel(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (level: ConversationNotificationLevel) => apiRequest(`/api/conversations/${conversationId}/notification-level`, { method: 'PUT', body: { level }, schema: ConversationLevel }),
    onSuccess: (level) => client.setQueryData(notificationKeys.level(conversationId), level),
  });
}

/** The unsubscribe page: no session needed, the token is the authority. */
export const useUnsubscribe = () => useMutation({ mutationFn: (token: string) => apiRequest('/api/notifications/unsubscribe', { method: 'POST', body: { token }, schema: UnsubscribeResult }) });
