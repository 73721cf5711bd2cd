import { Poll } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getPoll = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/poll`, { schema: Poll });

export const pollQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.part(id, 'poll'), queryFn: () => getPoll(id) });

export const usePoll = (id: string) => useQuery(pollQueryOptions(id));
