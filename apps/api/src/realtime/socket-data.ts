import type { AuthenticatedActor } from '../common/request-actor';

/** What each authenticated socket carries (socket.data). */
export interface SocketData {
  actor: AuthenticatedActor;
  expiresAt: number;
  expiryTimers: NodeJS.Timeout[];
  /** This tab's presence: in use, or in the background. */
  presence: 'online' | 'away';
}
