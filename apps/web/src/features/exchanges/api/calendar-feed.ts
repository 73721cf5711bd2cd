import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const FeedUrl = z.object({ url: z.string() });

/** Turns my calendar feed on, or gives it a new secret address (the old one stops working). */
export const rotateCalendarFeed = () => apiRequest('/api/me/calendar-feed', { method: 'POST', schema: FeedUrl });

/** Turns my calendar feed off. */
export const revokeCalendarFeed = () => apiRequest('/api/me/calendar-feed', { method: 'DELETE' });

export const useRotateCalendarFeed = () => useMutation({ mutationFn: rotateCalendarFeed });
export const useRevokeCalendarFeed = () => useMutation({ mutationFn: revokeCalendarFeed });
