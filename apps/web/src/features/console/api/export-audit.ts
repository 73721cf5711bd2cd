import { useMutation } from '@tanstack/react-query';
import { ApiError, refreshSession } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';
import type { AuditFilters } from './get-audit';

function exportUrl(allianceId: string, filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '' && key !== 'page' && key !== 'pageSize') params.set(key, String(value));
  const search = params.toString();
  return `/api/alliances/${encodeURIComponent(allianceId)}/audit/export.csv${search ? `?${search}` : ''}`;
}

const fetchCsv = (url: string) => fetch(url, { headers: { accept: 'text/csv', authorization: `Bearer ${sessionStore.accessToken() ?? ''}` }, credentials: 'same-origin' });

/** Fetches the filtered audit log as CSV with the bearer token (one refresh on a 401) and saves it. */
export async function exportAudit({ allianceId, filters }: { allianceId: string; filters: AuditFilters }): Promise<void> {
  const url = exportUrl(allianceId, filters);
  let response = await fetchCsv(url);
  if (response.status === 401 && (await refreshSession())) response = await fetchCsv(url);
  if (!response.ok) throw new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'FORBIDDEN', `The export failed (${response.status}). Please try again.`);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const useExportAudit = () => useMutation({ mutationFn: exportAudit });
