import { PersonProfile } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getPerson = (personId: string) => apiRequest(`/api/people/${encodeURIComponent(personId)}`, { schema: PersonProfile });

export const personQueryOptions = (personId: string) => queryOptions({ queryKey: ['people', 'one', personId], queryFn: () => getPerson(personId) });

export const usePerson = (personId: string) => useQuery(personQueryOptions(personId));
