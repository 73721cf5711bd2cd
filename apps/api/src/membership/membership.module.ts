import { Module } from '@nestjs/common';
import { AlliancesModule } from '../alliances/alliances.module';
import { GroupsModule } from '../groups/groups.module';
import { AllianceMembersService } from './alliance-members.service';
import { AllianceStatsService } from './alliance-stats.service';
import { JoinRequestsService } from './join-requests.service';
import { MembershipController } from './membership.controller';

@Module({
  imports: [AlliancesModule, GroupsModule],
  controllers: [MembershipController],
  providers: [JoinRequestsService, AllianceMembersService, AllianceStatsService],
})
export class MembershipModule {}
