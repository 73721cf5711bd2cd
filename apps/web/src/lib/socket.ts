import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@peerhub/contracts';
import { useCallback, useSyncExternalStore } from 'react';
import { notifications } from '@mantine/notifications';
import { io, type Socket } from 'socket.io-client';
import { t } from '../i18n/locale-store';
import { refreshSession } from './api-client';
import { queryClient } from './query-client';
import { sessionStore } from './session';

export type PeerhubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PeerhubSocket | null = null;
const socketListeners = new Set<() => void>();
const notifySocketListeners = () => {
  for (const listener of socketListeners) listener();
};

/**
 * The one live connection of this tab, opened after sign-in and closed on sign-out. Every
 * (re)connection hands over the current access token; before it expires the server sends
 * 'session:notice' (token-expiring), we refresh and pass the new token on.
 */
export function connectSocket(): PeerhubSocket {
  if (socket) return socket;
  const s: PeerhubSocket = io({
    path: REALTIME_PATH,
    transports: ['websocket', 'polling'],
    auth: (cb) => cb({ token: sessionStore.accessToken() }),
  });

  s.on('membership:changed', () => {
    // Roles decide what the person may do: fetch the person again, then what depends on it.
    void refreshSession().then(() => queryClient.invalidateQueries());
  });

  s.on('session:notice', (notice) => {
    if (notice.reason === 'token-expiring') {
      void refreshSession().then((ok) => {
        const token = sessionStore.accessToken();
        if (ok && token) s.emit('session:refresh', { token }, () => undefined);
      });
      return;
    }
    disconnectSocket();
    if (notice.reason === 'suspended') {
      // Suspended or removed in one alliance: the session stands, with less in it. Start again
      // with what the person may still see (the refresh fails if nothing is left).
      void refreshSession().then((ok) => {
        if (!ok) return sessionStore.clear('suspended');
        notifications.show({ color: 'yellow', message: t('session.ended.accessChanged') });
        void queryClient.invalidateQueries();
        connectSocket();
      });
      return;
    }
    // The session itself ended elsewhere (signed out in another tab, password changed, revoked).
    sessionStore.clear(notice.reason);
    queryClient.clear();
  });

  // The browser knows before the heartbeat does that the network is gone: close the transport so
  // socket.io counts as disconnected at once (pending sends wait) and reconnects by itself (with its
  // back-off, at most a few seconds) once the network is back.
  const onOffline = () => {
    if (s.connected) s.io.engine?.close();
  };
  window.addEventListener('offline', onOffline);
  stopWatchingNetwork = () => window.removeEventListener('offline', onOffline);

  socket = s;
  notifySocketListeners();
  return s;
}

let stopWatchingNetwork: (() => void) | null = null;

export function disconnectSocket(): void {
  stopWatchingNetwork?.();
  stopWatchingNetwork = null;
  socket?.disconnect();
  socket = null;
  notifySocketListeners();
}

const subscribeSocket = (listener: () => void) => {
  socketListeners.add(listener);
  return () => {
    socketListeners.delete(listener);
  };
};

/** The tab's live connection once signed in (null before and after); re-renders when it is opened or closed. */
export function useSocket(): PeerhubSocket | null {
  return useSyncExternalStore(subscribeSocket, () => socket);
}

/** Whether the live connection is up right now (false while socket.io reconnects by itself). */
export function useSocketConnected(): boolean {
  const s = useSocket();
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!s) return () => undefined;
      s.on('connect', listener);
      s.on('disconnect', listener);
      return () => {
        s.off('connect', listener);
        s.off('disconnect', listener);
      };
    },
    [s],
  );
  return useSyncExternalStore(subscribe, () => s?.connected ?? false);
}
