import { Module } from '@nestjs/common';
import { AlliancesModule } from '../alliances/alliances.module';
import { AuthModule } from '../auth/auth.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { InviteeImportService } from './invitee-import.service';

@Module({
  imports: [AlliancesModule, AuthModule],
  controllers: [InvitationsController],
  providers: [InvitationsService, InviteeImportService],
})
export class InvitationsModule {}
