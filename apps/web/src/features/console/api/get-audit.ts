import { AuditPage, type AuditQuery } from '@peerhub/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { consoleKey } from './keys';

export type AuditFilters = Partial<AuditQuery>;

export const getAudit = (allianceId: string, filters: AuditFilters) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/audit`, { query: { ...filters }, schema: AuditPage });

export const auditQueryOptions = (allianceId: string, filters: AuditFilters) =>
  queryOptions({ queryKey: consoleKey(allianceId, 'audit', filters), queryFn: () => getAudit(allianceId, filters), placeholderData: keepPreviousData });

export const useAudit = (allianceId: string, filters: AuditFilters) => useQuery(auditQueryOptions(allianceId, filters));
