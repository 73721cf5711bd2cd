import { REALTIME_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@peerhub/contracts';
import { io, type Socket } from 'socket.io-client';
import { refreshSession } from './api-client';
import { queryClient } from './query-client';
import { sessionStore } from './session';

export type PeerhubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PeerhubSocket | null = null;

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
    // The session ended elsewhere (signed out, password reset, suspended, revoked).
    disconnectSocket();
    sessionStore.clear();
    queryClient.clear();
  });

  socket = s;
  return s;
}

export function disconnectSocket(): void {
  socket?.disconnect();
  socket = null;
}
