import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { JoinConversation, MarkRead, REALTIME_PATH, SendMessage, TypingPayload, WatchConversations } from '@peerhub/contracts';
import { Policy } from '../common/access.decorators';
import { SocketEvents, type PeerhubSocket } from '../realtime/socket-events';
import { conversationRoom, watchRoom } from '../realtime/realtime-sessions';
import { ChatBroadcaster } from './chat-broadcaster';
import { KnownStandings } from './conversation-access';
import { MessagesService } from './messages.service';


/** Events a person may send per 10 seconds (all tabs together, per API process). */
const EVENTS_PER_10_SECONDS = 100;

/**
 * The chat's live events. A socket only receives a conversation's events after `conversation:join`
 * checked that its person may read it; sending persists first, then acknowledges, then broadcasts.
 */
@WebSocketGateway({ path: REALTIME_PATH, serveClient: false, transports: ['websocket', 'polling'] })
export class ChatGateway {
  private readonly events = new SocketEvents(new Logger('Chat'), EVENTS_PER_10_SECONDS, true);
  /** Each connection's standings in the conversations it joined or posted in; gone with the socket. */
  private readonly standings = new WeakMap<PeerhubSocket, KnownStandings>();

  constructor(
    private readonly messages: MessagesService,
    private readonly broadcast: ChatBroadcaster,
  ) {}

  @SubscribeMessage('conversation:join')
  @Policy('account.self')
  join(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    return this.events.handle(socket, 'conversation:join', JoinConversation, body, async (input) => {
      const page = await this.messages.catchUp(socket.data.actor, input.conversationId, input.afterSeq ?? 0, input.changedSince ? new Date(input.changedSince) : undefined, this.standingsOf(socket));
      await socket.join(conversationRoom(input.conversationId));
      return page;
    });
  }

  @SubscribeMessage('conversation:leave')
  @Policy('account.self')
  leave(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    return this.events.handle(socket, 'conversation:leave', JoinConversation.pick({ conversationId: true }), body, async (input) => {
      await socket.leave(conversationRoom(input.conversationId));
      this.standingsOf(socket).forget(input.conversationId);
      return null;
    });
  }

  /** Every conversation the person may read, for unread counts; revoked ones are left as for joined rooms. */
  @SubscribeMessage('conversations:watch')
  @Policy('account.self')
  watch(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    return this.events.handle(socket, 'conversations:watch', WatchConversations, body ?? {}, async () => {
      const conversationIds = await this.messages.readableConversationIds(socket.data.actor);
      await socket.join(conversationIds.map(watchRoom));
      return { conversationIds };
    });
  }

  @SubscribeMessage('message:send')
  @Policy('account.self')
  send(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    return this.events.handle(socket, 'message:send', SendMessage, body, async (input) => {
      const sent = await this.messages.send(socket.data.actor, input, this.standingsOf(socket));
      await this.broadcast.announce(sent);
      return sent.message;
    });
  }

  @SubscribeMessage('read')
  @Policy('account.self')
  read(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown) {
    return this.events.handle(socket, 'read', MarkRead, body, async (input) => {
      const update = await this.messages.markRead(socket.data.actor, input.conversationId, input.seq);
      this.broadcast.read(socket.data.actor.personId, update);
      return update;
    });
  }

  /** Typing is only relayed to rooms the socket joined (and so was allowed to read). */
  @SubscribeMessage('typing')
  @Policy('account.self')
  async typing(@ConnectedSocket() socket: PeerhubSocket, @MessageBody() body: unknown): Promise<void> {
    if (!(await this.events.admit(socket, 'typing'))) return;
    const parsed = TypingPayload.safeParse(body);
    const room = parsed.success ? conversationRoom(parsed.data.conversationId) : null;
    if (!parsed.success || !room || !socket.rooms.has(room)) return;
    socket.to(room).emit('typing', { conversationId: parsed.data.conversationId, personId: socket.data.actor.personId, name: socket.data.actor.name, typing: parsed.data.typing });
  }

  private standingsOf(socket: PeerhubSocket): KnownStandings {
    let known = this.standings.get(socket);
    if (!known) this.standings.set(socket, (known = new KnownStandings()));
    return known;
  }
}
