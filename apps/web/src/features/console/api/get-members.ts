import { MembersPage, type MembersQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

export type MemberFilters = Partial<MembersQuery>;

export const getMembers = (allianceId: string, filters: MemberFilters) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/members`, { query: { ...filters }, schema: MembersPage });

export const membersQueryOptions = (allianceId: string, filters: MemberFilters) =>
  queryOptions({ queryKey: consoleKey(allianceId, 'members', filters), queryFn: () => getMembers(allianceId, filters), placeholderData: keepPreviousData });

export const useMembers = (allianceId: string, filters: MemberFilters) => useQuery(membersQueryOptions(allianceId, filters));
