import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { REALTIME_PATH, WatchExchange } from '@peerhub/contracts';
import { Policy } from '../common/access.decorators';
import { SocketEvents, type EventResult, type PeerhubSocket } from '../realtime/socket-events';
import { ExchangeAccess } from './exchange-access';
import { exchangeRoom } from './exchange-live';


/** Watches a person may start per 10 seconds (each costs a query); pages open one per exchange. */
const WATCHES_PER_10_SECONDS = 30;

/**
 * An exchange's live events: a socket receives them only after `exchange:watch` checked that its
 * person may see the exchange (the same `exchange.view` policy as GET /api/exchanges/:id).
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class ExchangesGateway {
  private readonly events = new SocketEvents(new Logger('Exchanges'), WATCHES_PER_10_SECONDS);

  constructor(private readonly access: ExchangeAccess) {}

  @SubscribeMessage('exchange:watch')
  @Policy('account.self')
  async watch(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<EventResult<null>> {
    return this.events.handle(socket, 'exchange:watch', WatchExchange, body, async ({ exchangeId }) => {
      await this.access.load(socket.data.actor, exchangeId);
      await socket.join(exchangeRoom(exchangeId));
      return null;
    });
  }

  @SubscribeMessage('exchange:unwatch')
  @Policy('account.self')
  async unwatch(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<EventResult<null>> {
    return this.events.handle(socket, 'exchange:unwatch', WatchExchange, body, async ({ exchangeId }) => {
      await socket.leave(exchangeRoom(exchangeId));
      return null;
    });
  }
}
