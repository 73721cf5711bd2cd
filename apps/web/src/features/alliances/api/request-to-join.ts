import { AllianceJoinRequestBody } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const requestToJoin = ({ allianceId, body }: { allianceId: string; body: z.infer<typeof AllianceJoinRequestBody> }) =>
  apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/join-requests`, { method: 'POST', body: AllianceJoinRequestBody.parse(body) });

export const useRequestToJoin = () => useMutation({ mutationFn: requestToJoin });
