import { JoinRequestList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

export const getPendingRequests = (allianceId: string) => apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/pending-requests`, { schema: JoinRequestList });

export const pendingRequestsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: consoleKey(allianceId, 'pending-requests'), queryFn: () => getPendingRequests(allianceId) });

export const usePendingRequests = (allianceId: string) => useQuery(pendingRequestsQueryOptions(allianceId));
