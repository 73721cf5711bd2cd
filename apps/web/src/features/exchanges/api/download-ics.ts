import { useMutation } from '@tanstack/react-query';
import { ApiError, refreshSession } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';

const fetchIcs = (url: string) => fetch(url, { headers: { accept: 'text/calendar', authorization: `Bearer ${sessionStore.accessToken() ?? ''}` }, credentials: 'same-origin' });

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

/** Fetches the exchange's .ics with the bearer token (one refresh on a 401) and saves it. */
export async function downloadIcs({ id, title }: { id: string; title: string }): Promise<void> {
  const url = `/api/exchanges/${encodeURIComponent(id)}/calendar.ics`;
  let response = await fetchIcs(url);
  if (response.status === 401 && (await refreshSession())) response = await fetchIcs(url);
  if (!response.ok) throw new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'NOT_FOUND', `The calendar file could not be made (${response.status}). Please try again.`);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName(title);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const useDownloadIcs = () => useMutation({ mutationFn: downloadIcs });
