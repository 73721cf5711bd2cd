import { InvitationPreview } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getInvitationPreview = (token: string) => apiRequest('/api/invitations/preview', { query: { token }, schema: InvitationPreview });

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['invitations', 'preview', token], queryFn: () => getInvitationPreview(token), retry: false, staleTime: Infinity });

export const useInvitationPreview = (token: string) => useQuery({ ...invitationPreviewQueryOptions(token), enabled: token.length >= 10 });
