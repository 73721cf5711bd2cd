import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { refreshSession } from '../lib/api-client';
import { queryClient } from '../lib/query-client';
import { connectSocket, disconnectSocket } from '../lib/socket';
import { updateProfile } from '../features/profile/api/update-profile';
import { localeStore, t } from '../i18n/locale-store';
import { sessionStore, useSession } from '../lib/session';

let restoring: Promise<boolean> | null = null;

/** On first load, restores the session from the refresh cookie before any page decides; keeps the live connection in step. */
export function RestoreSession() {
  const { ready, person } = useSession();
  useEffect(() => {
    if (!ready) restoring ??= refreshSession();
  }, [ready]);
  const personId = person?.id ?? null;
  const savedLocale = person?.locale;
  useEffect(() => {
    if (!personId || savedLocale === undefined) return;
    if (savedLocale) {
      // Their own setting wins over this browser's, on every device they sign in on.
      if (savedLocale !== localeStore.get().locale) void localeStore.set(savedLocale);
      return;
    }
    // No setting yet: keep the language they are reading now, so their mails come in it too.
    updateProfile({ locale: localeStore.get().locale }).then(sessionStore.updatePerson, () => undefined);
  }, [personId, savedLocale]);
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
