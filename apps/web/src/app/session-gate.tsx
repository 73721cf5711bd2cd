import { t } from '../i18n/locale-store';
import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { refreshSession } from '../lib/api-client';
import { queryClient } from '../lib/query-client';
import { connectSocket, disconnectSocket } from '../lib/socket';
import { useSession } from '../lib/session';

let restoring: Promise<boolean> | null = null;

/** On first load, restores the session from the refresh cookie before any page decides; keeps the live connection in step. */
export function RestoreSession() {
  const { ready, person } = useSession();
  useEffect(() => {
    if (!ready) restoring ??= refreshSession();
  }, [ready]);
  const personId = person?.id ?? null;
  useEffect(() => {
    if (!personId) return;
    connectSocket();
    return () => {
      // Signed out, expired, or another person signed in: nothing cached may leak to the next one.
      disconnectSocket();
      queryClient.removeQueries();
    };
  }, [personId]);
  if (!ready) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('shell.loadingPeerhub')} />
      </Center>
    );
  }
  return (
    <>
      <Outlet />
      {/* New pages start at the top; back and forward return to where you were. */}
      <ScrollRestoration />
    </>
  );
}

/** Signed-in pages: without a session, go to sign-in and come back afterwards. */
export function RequireSession() {
  const { person } = useSession();
  const location = useLocation();
  if (!person) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}
