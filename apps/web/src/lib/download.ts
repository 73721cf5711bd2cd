import { ApiError, refreshSession } from './api-client';
import { sessionStore } from './session';

/**
 * Saves a file from the API. Downloads need the bearer token, so a plain link cannot fetch them:
 * fetch with the token (one refresh on a 401), then hand the blob to the browser under `filename`.
 * `failure` is the message shown when the server refuses.
 */
export async function downloadFile(url: string, filename: string, { accept = '*/*', failure }: { accept?: string; failure: string }): Promise<void> {
  const get = () => fetch(url, { headers: { accept, authorization: `Bearer ${sessionStore.accessToken() ?? ''}` }, credentials: 'same-origin' });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) {
    const code = response.status >= 500 ? 'INTERNAL' : response.status === 404 ? 'NOT_FOUND' : 'FORBIDDEN';
    throw new ApiError(response.status, code, `${failure} (${response.status}). Please try again.`);
  }
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
