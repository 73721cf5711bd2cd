import { FeedbackSummary } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getFeedbackSummary = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/feedback/summary`, { schema: FeedbackSummary });

export const feedbackSummaryQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.part(id, 'feedback'), queryFn: () => getFeedbackSummary(id) });

export const useFeedbackSummary = (id: string) => useQuery(feedbackSummaryQueryOptions(id));
