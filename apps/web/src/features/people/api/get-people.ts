import { PeoplePage, type PeopleQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Any subset of the contract's query; the API fills in the defaults (page 1, 20 a page). */
export type PeopleFilters = Partial<PeopleQuery>;

export const getPeople = (filters: PeopleFilters) => apiRequest('/api/people', { query: { ...filters }, schema: PeoplePage });

/** Every people query shares the ['people'] prefix, so a profile change invalidates them all. */
export const peopleQueryOptions = (filters: PeopleFilters) =>
  queryOptions({ queryKey: ['people', 'list', filters], queryFn: () => getPeople(filters), placeholderData: keepPreviousData });

export const usePeople = (filters: PeopleFilters) => useQuery(peopleQueryOptions(filters));
