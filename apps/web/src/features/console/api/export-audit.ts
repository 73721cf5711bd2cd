import { useMutation } from '@tanstack/react-query';
import { t } from '../../../i18n/locale-store';
import { downloadFile } from '../../../lib/download';
import type { AuditFilters } from './get-audit';

function exportUrl(allianceId: string, filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '' && key !== 'page' && key !== 'pageSize') params.set(key, String(value));
  const search = params.toString();
  return `/api/alliances/${encodeURIComponent(allianceId)}/audit/export.csv${search ? `?${search}` : ''}`;
}

/** Fetches the filtered audit log as CSV and saves it. */
export const exportAudit = ({ allianceId, filters }: { allianceId: string; filters: AuditFilters }): Promise<void> =>
  downloadFile(exportUrl(allianceId, filters), `audit-log-${new Date().toISOString().slice(0, 10)}.csv`, { accept: 'text/csv', failure: t('console.audit.exportFailed') });

export const useExportAudit = () => useMutation({ mutationFn: exportAudit });
