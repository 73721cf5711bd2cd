import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { AttachmentsService } from './attachments.service';
import { ChatBroadcaster } from './chat-broadcaster';
import { ChatGateway } from './chat.gateway';
import { ConversationAccess } from './conversation-access';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';
import { MessagesRepository } from './messages.repository';
import { MessagesService } from './messages.service';

@Module({
  imports: [GroupsModule],
  controllers: [ConversationsController],
  providers: [AttachmentsService, ConversationAccess, MessagesRepository, MessagesService, ConversationsService, ChatBroadcaster, ChatGateway],
})
export class ConversationsModule {}
