import { SessionResponse, type LoginRequest } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';

export async function signIn(credentials: LoginRequest): Promise<SessionResponse> {
  const session = await apiRequest('/api/auth/login', { method: 'POST', body: credentials, schema: SessionResponse });
  sessionStore.start(session);
  return session;
}

export const useSignIn = () => useMutation({ mutationFn: signIn });
