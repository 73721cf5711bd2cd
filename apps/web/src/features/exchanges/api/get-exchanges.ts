import { ExchangesPage, type ExchangesQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exchangeKeys } from './keys';

/** Any subset of the contract's query (mine as the wire's 'true'); the API fills in the defaults. */
export type ExchangeFilters = Partial<Omit<ExchangesQuery, 'mine'>> & { mine?: 'true' };

export const getExchanges = (filters: ExchangeFilters) => apiRequest('/api/exchanges', { query: { ...filters }, schema: ExchangesPage });

export const exchangesQueryOptions = (filters: ExchangeFilters) =>
  queryOptions({ queryKey: [...exchangeKeys.lists, filters], queryFn: () => getExchanges(filters), placeholderData: keepPreviousData });

export const useExchanges = (filters: ExchangeFilters, enabled = true) => useQuery({ ...exchangesQueryOptions(filters), enabled });
