import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  PresenceQuery,
  REALTIME_PATH,
  RefreshTokenPayload,
  SetPresence,
  type ClientToServerEvents,
  type RealtimeError,
  type ServerToClientEvents,
} from '@peerhub/contracts';
import type { Server, Socket } from 'socket.io';
import { ActorLoader } from '../auth/actor-loader';
import { Policy } from '../common/access.decorators';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { MetricsService } from '../metrics/metrics.service';
import { PresenceService } from './presence.service';
import { allianceRoom, personRoom, RealtimeSessions, sessionRoom } from './realtime-sessions';
import type { SocketData } from './socket-data';

type PeerhubServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type PeerhubSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** How long before the access token expires the client is asked to refresh it. */
const REFRESH_WARNING_MS = 60_000;

/**
 * The live channel. A connection is admitted only with a valid access token of a live session and
 * from the platform's own origin; it joins its person's and its session's rooms, so ending a session
 * or suspending a person closes exactly those sockets. Features add their events here later.
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() server!: PeerhubServer;
  private readonly logger = new Logger('Realtime');
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly actors: ActorLoader,
    private readonly sessions: RealtimeSessions,
    private readonly presence: PresenceService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowedOrigins = new Set([new URL(config.publicUrl).origin]);
    if (config.env === 'development') this.allowedOrigins.add('http://localhost:5173');
  }

  afterInit(server: PeerhubServer): void {
    this.sessions.attach(server);
    server.use((socket, next) => {
      const origin = socket.handshake.headers.origin;
      // Browsers always send Origin; a foreign one is a cross-site attempt. Other clients send none.
      if (origin && !this.allowedOrigins.has(origin)) return next(refusal('FORBIDDEN', `Origin ${origin} is not allowed`));
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || !token) return next(refusal('UNAUTHENTICATED', 'Send the access token in auth.token'));
      this.actors.fromAccessToken(token).then(
        ({ expiresAt, ...actor }) => {
          socket.data.actor = actor;
          socket.data.expiresAt = expiresAt;
          socket.data.expiryTimers = [];
          next();
        },
        (error: unknown) =>
          next(error instanceof AppError ? refusal(error.code, error.message) : refusal('INTERNAL', 'Could not check the token')),
      );
    });
  }

  async handleConnection(socket: PeerhubSocket): Promise<void> {
    const { actor } = socket.data;
    socket.data.presence = 'online';
    // Counted where the event leaves for the client, so messages from other processes count too.
    socket.onAnyOutgoing((event: string) => {
      if (event === 'message:new') this.metrics.messagesDelivered.inc();
    });
    const alliances = actor.memberships.filter((m) => m.status === 'active').map((m) => allianceRoom(m.allianceId));
    await socket.join([personRoom(actor.personId), sessionRoom(actor.sessionId), ...alliances]);
    this.scheduleExpiry(socket);
    socket.emit('session:welcome', { personId: actor.personId, serverTime: new Date().toISOString() });
    await this.presence.announce(this.server, actor).catch(() => undefined);
  }

  async handleDisconnect(socket: PeerhubSocket): Promise<void> {
    socket.data.expiryTimers?.forEach(clearTimeout);
    if (socket.data.actor) await this.presence.announce(this.server, socket.data.actor).catch(() => undefined);
  }

  @SubscribeMessage('presence:set')
  @Policy('account.self')
  async setPresence(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = SetPresence.safeParse(body);
    if (!parsed.success || parsed.data.status === socket.data.presence) return;
    socket.data.presence = parsed.data.status;
    await this.presence.announce(this.server, socket.data.actor);
  }

  @SubscribeMessage('presence:query')
  @Policy('account.self')
  async queryPresence(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    const parsed = PresenceQuery.safeParse(body);
    if (!parsed.success) return { ok: false, error: realtimeError('VALIDATION_FAILED', 'Send { personIds: [...] } (1 to 200)') };
    return { ok: true, value: await this.presence.query(this.server, socket.data.actor, parsed.data.personIds) };
  }

  @SubscribeMessage('session:refresh')
  @Policy('account.self')
  async refresh(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    const parsed = RefreshTokenPayload.safeParse(body);
    if (!parsed.success) return { ok: false, error: realtimeError('VALIDATION_FAILED', 'Send { token }') };
    try {
      const { expiresAt, ...actor } = await this.actors.fromAccessToken(parsed.data.token);
      if (actor.sessionId !== socket.data.actor.sessionId) {
        return { ok: false, error: realtimeError('FORBIDDEN', 'That token belongs to another session') };
      }
      socket.data.actor = actor;
      socket.data.expiresAt = expiresAt;
      this.scheduleExpiry(socket);
      return { ok: true };
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      return { ok: false, error: realtimeError(code, (error as Error).message) };
    }
  }

  /** Warns the client a minute before the token expires and closes the connection if it was not refreshed. */
  private scheduleExpiry(socket: PeerhubSocket): void {
    socket.data.expiryTimers.forEach(clearTimeout);
    const remaining = socket.data.expiresAt - Date.now();
    const warn = setTimeout(
      () => socket.emit('session:notice', { reason: 'token-expiring', message: 'Refresh the access token and send session:refresh' }),
      Math.max(0, remaining - REFRESH_WARNING_MS),
    );
    const close = setTimeout(() => {
      this.logger.debug(`closing socket ${socket.id}: token expired`);
      socket.disconnect(true);
    }, Math.max(0, remaining));
    socket.data.expiryTimers = [warn, close];
  }
}

function realtimeError(code: RealtimeError['code'], message: string): RealtimeError {
  return { code, message };
}

function refusal(code: RealtimeError['code'], message: string): Error & { data: RealtimeError } {
  return Object.assign(new Error(message), { data: realtimeError(code, message) });
}
