import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents, MembershipChanged, ServerToClientEvents, SessionNotice } from '@peerhub/contracts';
import type { Server } from 'socket.io';
import type { SocketData } from './socket-data';

export const personRoom = (personId: string) => `person:${personId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;
/** Sockets that keep a conversation's unread count live without having it open (they get `message:new` only). */
export const watchRoom = (conversationId: string) => `watching:${conversationId}`;
export const allianceRoom = (allianceId: string) => `alliance:${allianceId}`;
export const caseStudyRoom = (caseStudyId: string) => `case-study:${caseStudyId}`;

const MESSAGES: Record<string, string> = {
  'signed-out': 'You signed out.',
  'password-reset': 'Your password was changed; sign in again.',
  suspended: 'Your access was suspended by a coordinator.',
  'refresh-token-reuse': 'This session was ended for your safety; sign in again.',
};

/**
 * What the rest of the API may ask of live connections, without depending on the gateway:
 * close a session's or a person's sockets now (sign-out, password reset, suspension).
 */
@Injectable()
export class RealtimeSessions {
  private server: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData> | null = null;

  attach(server: NonNullable<RealtimeSessions['server']>): void {
    this.server = server;
  }

  /** Live connections open on this process (not the whole cluster), for the metrics. */
  localConnectionCount(): number {
    return this.server?.of('/').sockets.size ?? 0;
  }

  /** Emits a typed event to a room (a conversation's, a person's) across all API processes. */
  emitTo<E extends keyof ServerToClientEvents>(room: string | string[], event: E, ...payload: Parameters<ServerToClientEvents[E]>): void {
    // socket.io's typed emit does not accept a generic event name; the signature above keeps callers typed.
    const target = this.server?.to(room) as { emit: (event: string, ...args: unknown[]) => boolean } | undefined;
    target?.emit(event, ...payload);
  }

  /** A person may no longer read a conversation: their sockets leave it (open or watched) and are told so. */
  revokeConversation(personId: string, conversationId: string): void {
    this.server?.in(personRoom(personId)).socketsLeave([conversationRoom(conversationId), watchRoom(conversationId)]);
    this.emitTo(personRoom(personId), 'conversation:revoked', { conversationId });
  }

  /** People who may now read a conversation (it was just created) hear of its messages without asking. */
  watchFor(personIds: string[], conversationId: string): void {
    if (personIds.length > 0) this.server?.in(personIds.map(personRoom)).socketsJoin(watchRoom(conversationId));
  }

  /**
   * Who may read a case study changed (it went back to draft, or its readers narrowed): every socket
   * watching it is told, then leaves the room; those still allowed watch again (checked again).
   */
  recheckCaseStudyWatchers(caseStudyId: string): void {
    const room = caseStudyRoom(caseStudyId);
    this.emitTo(room, 'case-study:access-changed', { caseStudyId });
    this.server?.in(room).socketsLeave(room);
  }

  /** Tells every open tab and device of a person that their memberships changed. */
  membershipChanged(personId: string, payload: MembershipChanged): void {
    this.server?.to(personRoom(personId)).emit('membership:changed', payload);
  }

  closeSession(sessionId: string, reason: string): void {
    this.close(sessionRoom(sessionId), reason);
  }

  closePerson(personId: string, reason: string): void {
    this.close(personRoom(personId), reason);
  }

  private close(room: string, reason: string): void {
    if (!this.server) return;
    const notice: SessionNotice = {
      reason: reason === 'refresh-token-reuse' ? 'session-revoked' : (reason as SessionNotice['reason']),
      message: MESSAGES[reason] ?? 'Your session ended.',
    };
    this.server.to(room).emit('session:notice', notice);
    this.server.in(room).disconnectSockets(true);
  }
}
