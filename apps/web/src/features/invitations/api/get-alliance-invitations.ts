import { InvitationList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getAllianceInvitations = (allianceId: string) => apiRequest(`/api/alliances/${encodeURIComponent(allianceId)}/invitations`, { schema: InvitationList });

export const allianceInvitationsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: ['alliances', allianceId, 'invitations'], queryFn: () => getAllianceInvitations(allianceId) });

export const useAllianceInvitations = (allianceId: string) => useQuery(allianceInvitationsQueryOptions(allianceId));
