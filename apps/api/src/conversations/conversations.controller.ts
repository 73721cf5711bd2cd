import { Controller, Delete, Get, Patch, Post, Put, Req, Res } from '@nestjs/common';
import {
  Attachment,
  ConversationList,
  ConversationSummary,
  CreateDirectConversation,
  EditMessage,
  HistoryPage,
  HistoryQuery,
  Id,
  Message,
  MessageSearchQuery,
  MessageSearchResult,
  ReactionEmoji,
  ReadUpdated,
  SendMessage,
} from '@peerhub/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { readUpload, sendDownload } from '../common/uploads';
import { AttachmentsService, CHAT_UPLOADS } from './attachments.service';
import { ChatBroadcaster } from './chat-broadcaster';
import { ConversationsService } from './conversations.service';
import { MessagesService } from './messages.service';

const ConversationParams = z.object({ id: Id });
const GroupParams = z.object({ groupId: Id });
const ExchangeParams = z.object({ exchangeId: Id });
const MessageParams = z.object({ id: Id });
const ReactionParams = z.object({ id: Id, emoji: ReactionEmoji });
const SendBody = SendMessage.omit({ conversationId: true });
const ReadBody = z.strictObject({ seq: z.number().int().min(0) });

/**
 * Conversations over HTTP: history, search, and the same send as the socket (for clients without
 * a live connection). Each conversation's own policy is applied by ConversationAccess (404).
 */
@Controller()
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly messages: MessagesService,
    private readonly broadcast: ChatBroadcaster,
    private readonly attachments: AttachmentsService,
  ) {}

  @Post('conversations/:id/attachments')
  @Policy('account.self')
  @Endpoint({ summary: 'Upload a file (multipart/form-data, field "file"; PDF, images, Office documents; 10 MB) to attach to a message', tags: ['conversations'], params: ConversationParams, response: Attachment, status: 201, errors: [400, 401, 404, 409, 413, 415] })
  async upload(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>, @Req() request: FastifyRequest): Promise<Attachment> {
    return this.attachments.upload(actor, params.id, await readUpload(request, CHAT_UPLOADS));
  }

  @Get('attachments/:id')
  @Policy('account.self')
  @Endpoint({ summary: 'Download a file shared in a conversation I may read', tags: ['conversations'], params: MessageParams, errors: [401, 404] })
  async download(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MessageParams>, @Res() reply: FastifyReply): Promise<void> {
    await sendDownload(reply, await this.attachments.download(actor, params.id));
  }

  @Get('conversations')
  @Policy('account.self')
  @Endpoint({ summary: 'My conversations with unread counts', tags: ['conversations'], response: ConversationList, errors: [401] })
  list(@CurrentActor() actor: AuthenticatedActor): Promise<ConversationList> {
    return this.conversations.list(actor);
  }

  @Get('groups/:groupId/conversation')
  @Policy('account.self')
  @Endpoint({ summary: "A peer group's conversation", tags: ['conversations'], params: GroupParams, response: ConversationSummary, errors: [401, 404] })
  forGroup(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>): Promise<ConversationSummary> {
    return this.conversations.forGroup(actor, params.groupId);
  }

  @Get('exchanges/:exchangeId/conversation')
  @Policy('account.self')
  @Endpoint({ summary: "An exchange's conversation (its organiser and the people registered)", tags: ['conversations'], params: ExchangeParams, response: ConversationSummary, errors: [401, 404] })
  forExchange(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ExchangeParams>): Promise<ConversationSummary> {
    return this.conversations.forExchange(actor, params.exchangeId);
  }

  @Post('conversations/direct')
  @Policy('account.self')
  @Endpoint({ summary: 'Start a direct conversation (1:1 or a small group)', tags: ['conversations'], body: CreateDirectConversation, response: ConversationSummary, status: 201, errors: [400, 401] })
  direct(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: CreateDirectConversation): Promise<ConversationSummary> {
    return this.conversations.createDirect(actor, body.participantIds);
  }

  @Get('conversations/search')
  @Policy('account.self')
  @Endpoint({ summary: 'Full-text search in the conversations I may read', tags: ['conversations'], query: MessageSearchQuery, response: MessageSearchResult, errors: [400, 401] })
  search(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: MessageSearchQuery): Promise<MessageSearchResult> {
    return this.messages.search(actor, query.q, query.conversationId, query.limit);
  }

  @Get('conversations/:id')
  @Policy('account.self')
  @Endpoint({ summary: 'One conversation, with my unread count and what I may do in it', tags: ['conversations'], params: ConversationParams, response: ConversationSummary, errors: [401, 404] })
  one(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>): Promise<ConversationSummary> {
    return this.conversations.one(actor, params.id);
  }

  @Get('conversations/:id/messages')
  @Policy('account.self')
  @Endpoint({ summary: 'History, by keyset on seq (before = older, after = newer)', tags: ['conversations'], params: ConversationParams, query: HistoryQuery, response: HistoryPage, errors: [400, 401, 404] })
  history(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>, @Input('query') query: HistoryQuery): Promise<HistoryPage> {
    return this.messages.history(actor, params.id, query);
  }

  @Post('conversations/:id/messages')
  @Policy('account.self')
  @Endpoint({ summary: 'Send a message (idempotent on clientId)', tags: ['conversations'], params: ConversationParams, body: SendBody, response: Message, status: 201, errors: [400, 401, 404, 409] })
  async send(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>, @Input('body') body: z.infer<typeof SendBody>): Promise<Message> {
    const sent = await this.messages.send(actor, { ...body, conversationId: params.id });
    await this.broadcast.announce(sent);
    return sent.message;
  }

  @Post('conversations/:id/read')
  @Policy('account.self')
  @Endpoint({ summary: 'Move my read position', tags: ['conversations'], params: ConversationParams, body: ReadBody, response: ReadUpdated, errors: [400, 401, 404] })
  async read(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>, @Input('body') body: z.infer<typeof ReadBody>): Promise<ReadUpdated> {
    const updated = await this.messages.markRead(actor, params.id, body.seq);
    this.broadcast.read(actor.personId, updated);
    return updated;
  }

  @Patch('messages/:id')
  @Policy('account.self')
  @Endpoint({ summary: 'Edit my message (marked edited)', tags: ['conversations'], params: MessageParams, body: EditMessage, response: Message, errors: [400, 401, 403, 404, 409] })
  async edit(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MessageParams>, @Input('body') body: z.infer<typeof EditMessage>): Promise<Message> {
    return this.broadcast.updated(await this.messages.edit(actor, params.id, body.body));
  }

  @Delete('messages/:id')
  @Policy('account.self')
  @Endpoint({ summary: 'Delete my message, or remove one as a lead or coordinator (leaves a tombstone)', tags: ['conversations'], params: MessageParams, response: Message, errors: [401, 403, 404] })
  async remove(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MessageParams>): Promise<Message> {
    return this.broadcast.updated(await this.messages.delete(actor, params.id));
  }

  @Put('messages/:id/reactions/:emoji')
  @Policy('account.self')
  @Endpoint({ summary: 'React to a message', tags: ['conversations'], params: ReactionParams, response: Message, errors: [400, 401, 404, 409] })
  async react(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ReactionParams>): Promise<Message> {
    return this.broadcast.updated(await this.messages.react(actor, params.id, params.emoji, true));
  }

  @Delete('messages/:id/reactions/:emoji')
  @Policy('account.self')
  @Endpoint({ summary: 'Take my reaction back', tags: ['conversations'], params: ReactionParams, response: Message, errors: [400, 401, 404, 409] })
  async unreact(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ReactionParams>): Promise<Message> {
    return this.broadcast.updated(await this.messages.react(actor, params.id, params.emoji, false));
  }
}
