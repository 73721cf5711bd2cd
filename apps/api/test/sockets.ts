import type { ClientToServerEvents, ServerToClientEvents } from '@peerhub/contracts';
import { io, type Socket } from 'socket.io-client';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client on the test app, never reconnecting by itself (tests decide). */
export function openSocket(baseUrl: string, token: string | undefined, origin?: string): Client {
  return io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    extraHeaders: origin ? { origin } : {},
    reconnection: false,
    forceNew: true,
  });
}

/** Opens a socket and waits until the server has admitted it. */
export async function connectSocket(baseUrl: string, token: string): Promise<Client> {
  const socket = openSocket(baseUrl, token);
  await new Promise((resolve, reject) => {
    socket.on('session:welcome', resolve);
    socket.on('connect_error', reject);
  });
  return socket;
}
