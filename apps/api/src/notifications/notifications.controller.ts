import { Controller, Get, Post, Put } from '@nestjs/common';
import {
  ConversationLevel,
  Id,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  SetConversationLevel,
  UnreadCount,
  UnsubscribeBody,
  UnsubscribeQuery,
  UnsubscribeResult,
  UpdateNotificationPreferences,
} from '@peerhub/contracts';
import { z } from 'zod';
import { Policy, Public } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { NotificationCentreService } from './notification-centre.service';

const NotificationParams = z.object({ id: Id });
const ConversationParams = z.object({ id: Id });

/** My notification centre; the service scopes everything to the person calling. */
@Controller()
export class NotificationsController {
  constructor(private readonly centre: NotificationCentreService) {}

  @Get('notifications')
  @Policy('account.self')
  @Endpoint({ summary: 'My notifications, newest first (keyset: before = nextCursor)', tags: ['notifications'], query: NotificationQuery, response: NotificationPage, errors: [400, 401] })
  list(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: NotificationQuery): Promise<NotificationPage> {
    return this.centre.list(actor, query);
  }

  @Get('notifications/unread-count')
  @Policy('account.self')
  @Endpoint({ summary: 'How many of my notifications are unread', tags: ['notifications'], response: UnreadCount, errors: [401] })
  unread(@CurrentActor() actor: AuthenticatedActor): Promise<UnreadCount> {
    return this.centre.unread(actor);
  }

  @Post('notifications/read-all')
  @Policy('account.self')
  @Endpoint({ summary: 'Mark all my notifications read', tags: ['notifications'], response: UnreadCount, errors: [401] })
  readAll(@CurrentActor() actor: AuthenticatedActor): Promise<UnreadCount> {
    return this.centre.markRead(actor, null);
  }

  @Post('notifications/:id/read')
  @Policy('account.self')
  @Endpoint({ summary: 'Mark one of my notifications read', tags: ['notifications'], params: NotificationParams, response: UnreadCount, errors: [400, 401, 404] })
  read(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof NotificationParams>): Promise<UnreadCount> {
    return this.centre.markRead(actor, params.id);
  }

  @Get('notifications/preferences')
  @Policy('account.self')
  @Endpoint({ summary: 'How I receive each kind of notification', tags: ['notifications'], response: NotificationPreferences, errors: [401] })
  preferences(@CurrentActor() actor: AuthenticatedActor): Promise<NotificationPreferences> {
    return this.centre.preferences(actor);
  }

  @Put('notifications/preferences')
  @Policy('account.self')
  @Endpoint({ summary: 'Change how I receive some kinds of notification', tags: ['notifications'], body: UpdateNotificationPreferences, response: NotificationPreferences, errors: [400, 401] })
  setPreferences(@CurrentActor() actor: AuthenticatedActor, @Input('body') body: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    return this.centre.setPreferences(actor, body);
  }

  @Get('conversations/:id/notification-level')
  @Policy('account.self')
  @Endpoint({ summary: 'What I hear of a conversation: all messages, mentions only, or nothing', tags: ['notifications'], params: ConversationParams, response: ConversationLevel, errors: [401, 404] })
  level(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>): Promise<ConversationLevel> {
    return this.centre.level(actor, params.id);
  }

  @Put('conversations/:id/notification-level')
  @Policy('account.self')
  @Endpoint({ summary: 'Choose what I hear of a conversation', tags: ['notifications'], params: ConversationParams, body: SetConversationLevel, response: ConversationLevel, errors: [400, 401, 404] })
  setLevel(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof ConversationParams>, @Input('body') body: SetConversationLevel): Promise<ConversationLevel> {
    return this.centre.setLevel(actor, params.id, body.level);
  }

  /**
   * One-click unsubscribe (RFC 8058): mail clients post `List-Unsubscribe=One-Click` as a form to
   * the URL in the mail's List-Unsubscribe header (token in the query); the web page posts the
   * token as JSON. Public: the signed token is the authority, and it can only turn mail off.
   */
  @Post('notifications/unsubscribe')
  @Public()
  @Endpoint({ summary: 'Stop e-mails of the kinds an unsubscribe link names (one click, RFC 8058)', tags: ['notifications'], query: UnsubscribeQuery, body: UnsubscribeBody, response: UnsubscribeResult, errors: [400] })
  unsubscribe(@Input('query') query: z.infer<typeof UnsubscribeQuery>, @Input('body') body: z.infer<typeof UnsubscribeBody>): Promise<UnsubscribeResult> {
    return this.centre.unsubscribe(query.token ?? body.token);
  }
}
