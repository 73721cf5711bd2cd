import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { REALTIME_PATH, WatchExchange, type ClientToServerEvents, type RealtimeError, type ServerToClientEvents } from '@peerhub/contracts';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { Policy } from '../common/access.decorators';
import { AppError } from '../common/app-error';
import type { SocketData } from '../realtime/socket-data';
import { ExchangeAccess } from './exchange-access';
import { exchangeRoom } from './exchange-live';

type ExchangeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Result = { ok: true; value: null } | { ok: false; error: RealtimeError };

/** Watches a person may start per 10 seconds (each costs a query); pages open one per exchange. */
const WATCHES_PER_10_SECONDS = 30;

/**
 * An exchange's live events: a socket receives them only after `exchange:watch` checked that its
 * person may see the exchange (the same `exchange.view` policy as GET /api/exchanges/:id).
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class ExchangesGateway {
  private readonly logger = new Logger('Exchanges');
  private readonly flood = new RateLimiterMemory({ points: WATCHES_PER_10_SECONDS, duration: 10 });

  constructor(private readonly access: ExchangeAccess) {}

  @SubscribeMessage('exchange:watch')
  @Policy('account.self')
  async watch(@ConnectedSocket() socket: ExchangeSocket, @MessageBody() body: unknown): Promise<Result> {
    return this.handle(socket, 'exchange:watch', body, async (exchangeId) => {
      await this.access.load(socket.data.actor, exchangeId);
      await socket.join(exchangeRoom(exchangeId));
    });
  }

  @SubscribeMessage('exchange:unwatch')
  @Policy('account.self')
  async unwatch(@ConnectedSocket() socket: ExchangeSocket, @MessageBody() body: unknown): Promise<Result> {
    return this.handle(socket, 'exchange:unwatch', body, (exchangeId) => socket.leave(exchangeRoom(exchangeId)));
  }

  private async handle(socket: ExchangeSocket, event: string, body: unknown, run: (exchangeId: string) => Promise<void> | void): Promise<Result> {
    try {
      await this.flood.consume(socket.data.actor.personId);
    } catch {
      return { ok: false, error: { code: 'RATE_LIMITED', message: 'Too many events; slow down', event } };
    }
    const parsed = WatchExchange.safeParse(body);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION_FAILED', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '), event } };
    }
    try {
      await run(parsed.data.exchangeId);
      return { ok: true, value: null };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, event } };
      this.logger.error({ err: error, event }, 'exchange event failed');
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side', event } };
    }
  }
}
