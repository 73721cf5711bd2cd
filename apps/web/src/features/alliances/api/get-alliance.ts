import { AllianceDetail } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getAlliance = (allianceId: string) => apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}`, { schema: AllianceDetail });

export const allianceQueryOptions = (allianceId: string) => queryOptions({ queryKey: ['alliances', allianceId], queryFn: () => getAlliance(allianceId) });

export const useAlliance = (allianceId: string) => useQuery(allianceQueryOptions(allianceId));
