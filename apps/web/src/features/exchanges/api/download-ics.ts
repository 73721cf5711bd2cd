import { useMutation } from '@tanstack/react-query';
import { t } from '../../../i18n/locale-store';
import { downloadFile } from '../../../lib/download';

const fileName = (title: string) =>
  `${
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'exchange'
  }.ics`;

/** Fetches the exchange's .ics and saves it. */
export const downloadIcs = ({ id, title }: { id: string; title: string }): Promise<void> =>
  downloadFile(`/api/exchanges/${encodeURIComponent(id)}/calendar.ics`, fileName(title), { accept: 'text/calendar', failure: t('exchanges.ics.failed') });

export const useDownloadIcs = () => useMutation({ mutationFn: downloadIcs });
