import { AllianceList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getAlliances = () => apiRequest('/api/alliances', { schema: AllianceList });

export const alliancesQueryOptions = () => queryOptions({ queryKey: ['alliances'], queryFn: getAlliances });

export const useAlliances = () => useQuery(alliancesQueryOptions());
