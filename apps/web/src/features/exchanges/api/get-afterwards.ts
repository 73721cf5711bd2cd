import { ExchangeAfterwards } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getAfterwards = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}/afterwards`, { schema: ExchangeAfterwards });

export const afterwardsQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.part(id, 'afterwards'), queryFn: () => getAfterwards(id) });

export const useAfterwards = (id: string) => useQuery(afterwardsQueryOptions(id));
