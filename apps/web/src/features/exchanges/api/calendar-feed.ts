import { CalendarFeed } from '@peerhub/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const FEED_KEY = ['me', 'calendar-feed'] as const;

/** Whether my calendar feed is on, its secret address and when it was made. */
export const getCalendarFeed = () => apiRequest('/api/me/calendar-feed', { schema: CalendarFeed });

/** Turns my calendar feed on, or gives it a new secret address (the old one stops working). */
export const rotateCalendarFeed = () => apiRequest('/api/me/calendar-feed', { method: 'POST', schema: CalendarFeed });

/** Turns my calendar feed off. */
export const revokeCalendarFeed = () => apiRequest('/api/me/calendar-feed', { method: 'DELETE' });

export const calendarFeedQueryOptions = () => queryOptions({ queryKey: FEED_KEY, queryFn: getCalendarFeed });

export const useCalendarFeed = () => useQuery(calendarFeedQueryOptions());

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rotateCalendarFeed, onSuccess: (feed) => queryClient.setQueryData(FEED_KEY, feed) });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeCalendarFeed, onSuccess: () => queryClient.setQueryData(FEED_KEY, { active: false, url: null, createdAt: null }) });
}
