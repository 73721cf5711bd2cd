import { CaseStudyAttachment, ErrorBody } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { t } from '../../../i18n/locale-store';
import { ApiError, apiRequest, refreshSession } from '../../../lib/api-client';
import { downloadFile } from '../../../lib/download';
import { sessionStore } from '../../../lib/session';
import { caseStudyKeys } from './keys';

const base = (caseStudyId: string) => `/api/case-studies/${encodeURIComponent(caseStudyId)}/attachments`;

function sendFile(caseStudyId: string, file: File, onProgress: (fraction: number) => void): Promise<{ status: number; body: unknown }> {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', base(caseStudyId));
    const token = sessionStore.accessToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new TypeError('The upload was interrupted'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Uploads one file with its progress (0–1); the server checks its type from the content. */
export async function uploadAttachment(caseStudyId: string, file: File, onProgress: (fraction: number) => void): Promise<CaseStudyAttachment> {
  let answer = await sendFile(caseStudyId, file, onProgress);
  if (answer.status === 401 && (await refreshSession())) answer = await sendFile(caseStudyId, file, onProgress);
  if (answer.status >= 200 && answer.status < 300) return CaseStudyAttachment.parse(answer.body);
  const error = ErrorBody.safeParse(answer.body);
  if (error.success) throw new ApiError(answer.status, error.data.error.code, error.data.error.message, error.data.error.issues ?? []);
  throw new ApiError(answer.status, answer.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL', t('error.serverAnswered', { status: answer.status }));
}

export function useUploadAttachment(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (fraction: number) => void }) => uploadAttachment(caseStudyId, file, onProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseStudyKeys.one(caseStudyId), exact: true }),
  });
}

export function useRemoveAttachment(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiRequest(`${base(caseStudyId)}/${encodeURIComponent(attachmentId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseStudyKeys.one(caseStudyId), exact: true }),
  });
}

/** Saves an attachment under the name the server checked. */
export const downloadAttachment = (caseStudyId: string, attachment: CaseStudyAttachment): Promise<void> =>
  downloadFile(`${base(caseStudyId)}/${encodeURIComponent(attachment.id)}`, attachment.filename, { failure: t('caseStudies.files.downloadFailed') });
