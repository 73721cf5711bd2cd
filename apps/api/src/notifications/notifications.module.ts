import { Global, Module } from '@nestjs/common';
import { AuthCoreModule } from '../auth/auth-core.module';
import { ConversationAccess } from '../conversations/conversation-access';
import { MessageNotifications } from './message-notifications';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationMailer } from './notification-mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * The notification centre. Global: every feature that tells people something injects
 * NotificationsService. It checks conversation access with its own ConversationAccess (a stateless
 * reader), so it does not import the conversations module, which in turn calls it.
 */
@Global()
@Module({
  imports: [AuthCoreModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, NotificationCentreService, NotificationMailer, MessageNotifications, UnsubscribeTokens, ConversationAccess],
  exports: [NotificationsService, MessageNotifications],
})
export class NotificationsModule {}
