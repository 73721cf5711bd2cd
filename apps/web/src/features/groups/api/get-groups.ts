import { GroupsPage, type GroupsQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Any subset of the contract's query (mine as the wire's 'true'); the API fills in the defaults. */
export type GroupFilters = Partial<Omit<GroupsQuery, 'mine'>> & { mine?: 'true' };

export const getGroups = (filters: GroupFilters) => apiRequest('/api/groups', { query: { ...filters }, schema: GroupsPage });

/** Every group query shares the ['groups'] prefix: a membership change invalidates them all. */
export const groupsQueryOptions = (filters: GroupFilters) =>
  queryOptions({ queryKey: ['groups', 'list', filters], queryFn: () => getGroups(filters), placeholderData: keepPreviousData });

export const useGroups = (filters: GroupFilters) => useQuery(groupsQueryOptions(filters));
