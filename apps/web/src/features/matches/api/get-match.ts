import { Match, MatchList } from '@peerhub/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './keys';

export const useMatch = (id: string) => useQuery({ queryKey: matchKeys.one(id), queryFn: () => apiRequest(`/api/matches/${encodeURIComponent(id)}`, { schema: Match }) });

/** The matches I take part in, authorise, or broker as coordinator. */
export const useMatches = () => useQuery({ queryKey: matchKeys.list, queryFn: () => apiRequest('/api/matches', { schema: MatchList }) });
