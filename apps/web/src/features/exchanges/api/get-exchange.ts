import { ExchangeDetail } from '@peerhub/contracts';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

export const getExchange = (id: string) => apiRequest(`/api/exchanges/${encodeURIComponent(id)}`, { schema: ExchangeDetail });

export const exchangeQueryOptions = (id: string) => queryOptions({ queryKey: exchangeKeys.one(id), queryFn: () => getExchange(id) });

export const useExchange = (id: string) => useQuery(exchangeQueryOptions(id));

/** Several exchanges' details at once (the group page needs their linked groups, which the list does not carry). */
export const useExchangeDetails = (ids: string[]) => useQueries({ queries: ids.map((id) => exchangeQueryOptions(id)) });
