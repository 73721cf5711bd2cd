import { ImportPreview, ImportPreviewRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Checks a CSV of invitees row by row; nothing is sent. */
export const previewImport = ({ allianceId, csv }: { allianceId: string; csv: string }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/invitations/import/preview`, { method: 'POST', body: ImportPreviewRequest.parse({ csv }), schema: ImportPreview });

export const usePreviewImport = () => useMutation({ mutationFn: previewImport });
