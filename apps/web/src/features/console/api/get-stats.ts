import { AllianceStats } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

export const getStats = (allianceId: string) => apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/stats`, { schema: AllianceStats });

export const statsQueryOptions = (allianceId: string) => queryOptions({ queryKey: consoleKey(allianceId, 'stats'), queryFn: () => getStats(allianceId) });

export const useStats = (allianceId: string) => useQuery(statsQueryOptions(allianceId));
