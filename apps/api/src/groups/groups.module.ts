import { Module } from '@nestjs/common';
import { GroupAccess } from './group-access';
import { GroupMembershipService } from './group-membership.service';
import { GroupsController } from './groups.controller';
import { GroupsRepository } from './groups.repository';
import { GroupsService } from './groups.service';

@Module({
  controllers: [GroupsController],
  providers: [GroupsRepository, GroupAccess, GroupsService, GroupMembershipService],
  exports: [GroupAccess, GroupsRepository, GroupsService],
})
export class GroupsModule {}
