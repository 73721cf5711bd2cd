import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  controllers: [OutboxController],
  providers: [MailService, OutboxService],
  exports: [MailService],
})
export class MailModule {}
