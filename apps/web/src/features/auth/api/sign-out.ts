import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../lib/api-client';
import { sessionStore } from '../../../lib/session';
import { disconnectSocket } from '../../../lib/socket';

export async function signOut(): Promise<void> {
  // Even if the server cannot be reached, the session ends in this tab.
  await apiRequest('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
}

/** Signs out: ends the server session, drops the token, the live connection and every cached answer. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    // The live connection first, so that this tab does not hear its own sign-out as one from elsewhere.
    disconnectSocket();
    await signOut();
    sessionStore.clear();
    queryClient.clear();
    await navigate('/sign-in', { replace: true });
  }, [queryClient, navigate]);
}
