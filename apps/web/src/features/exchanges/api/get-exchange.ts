import { ExchangeDetail } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getExchange = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}`, { schema: ExchangeDetail });

export const exchangeQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.one(id), queryFn: () => getExchange(id) });

export const useExchange = (id: string, options: { enabled?: boolean } = {}) => useQuery({ ...exchangeQueryOptions(id), ...options });
