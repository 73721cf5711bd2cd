import { SessionResponse, type AcceptInvitationRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';

/** Accepting creates the account (or adds the membership) and signs the person in. */
export async function acceptInvitation(body: AcceptInvitationRequest): Promise<SessionResponse> {
  const session = await apiRequest('/api/invitations/accept', { method: 'POST', body, schema: SessionResponse });
  sessionStore.start(session);
  return session;
}

export const useAcceptInvitation = () => useMutation({ mutationFn: acceptInvitation });
