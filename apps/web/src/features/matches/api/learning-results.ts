import { LearningResults, type LearningResultTable } from '@peerhub/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { t } from '../../../i18n/locale-store';
import { apiRequest } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/download';
import { matchKeys } from './keys';

const base = (allianceId: string) => `/api/alliances/${encodeURIComponent(allianceId)}/learning-results`;

export const useLearningResults = (allianceId: string) => useQuery({ queryKey: matchKeys.results(allianceId), queryFn: () => apiRequest(base(allianceId), { schema: LearningResults }) });

export const useExportResultTable = () =>
  useMutation({
    mutationFn: ({ allianceId, table }: { allianceId: string; table: LearningResultTable }) =>
      downloadFile(`${base(allianceId)}/${table}.csv`, `learning-${table}-${new Date().toISOString().slice(0, 10)}.csv`, { accept: 'text/csv', failure: t('matches.results.exportFailed') }),
  });
