import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import {
  CreateGroupRequest,
  GroupDetail,
  GroupJoinRequestBody,
  GroupsPage,
  GroupsQuery,
  Id,
  InviteToGroupRequest,
  InviteToGroupResult,
  RemoveRequest,
  SetGroupRoleRequest,
  UpdateGroupRequest,
} from '@peerhub/contracts';
import { z } from 'zod';
import { allianceFromParam, Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { GroupMembershipService } from './group-membership.service';
import { GroupsService } from './groups.service';

const AllianceParams = z.object({ allianceId: Id });
const GroupParams = z.object({ id: Id });
const MemberParams = z.object({ id: Id, personId: Id });

/**
 * Peer groups. Routes on one group declare the baseline policy (signed in); the group's own
 * policy needs the group and the person's standing in it, so GroupAccess applies it in the service
 * (404 for a group the person may not see).
 */
@Controller()
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly membership: GroupMembershipService,
  ) {}

  @Get('groups')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Peer groups I may see', tags: ['groups'], query: GroupsQuery, response: GroupsPage, errors: [400, 401] })
  list(@CurrentActor() actor: AuthenticatedActor, @Input('query') query: GroupsQuery): Promise<GroupsPage> {
    return this.groups.list(actor, query);
  }

  @Post('alliances/:allianceId/groups')
  @Policy('group.create', allianceFromParam)
  @Endpoint({ summary: 'Create a peer group in the alliance', tags: ['groups'], params: AllianceParams, body: CreateGroupRequest, response: GroupDetail, status: 201, errors: [400, 401, 403] })
  create(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AllianceParams>, @Input('body') body: CreateGroupRequest): Promise<GroupDetail> {
    return this.groups.create(actor, params.allianceId, body);
  }

  @Get('groups/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: "A group's home: purpose, members and their countries", tags: ['groups'], params: GroupParams, response: GroupDetail, errors: [401, 404] })
  detail(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>): Promise<GroupDetail> {
    return this.groups.detail(actor, params.id);
  }

  @Patch('groups/:id')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Edit, archive or reactivate a group (leads, coordinators)', tags: ['groups'], params: GroupParams, body: UpdateGroupRequest, response: GroupDetail, errors: [400, 401, 403, 404, 409] })
  update(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>, @Input('body') body: UpdateGroupRequest): Promise<GroupDetail> {
    return this.groups.update(actor, params.id, body);
  }

  @Post('groups/:id/join')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Join an open group, or accept an invitation', tags: ['groups'], params: GroupParams, status: 204, errors: [401, 404, 409] })
  async join(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>): Promise<void> {
    await this.membership.join(actor, params.id);
  }

  @Post('groups/:id/requests')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Ask to join a by-request group', tags: ['groups'], params: GroupParams, body: GroupJoinRequestBody, status: 204, errors: [400, 401, 404, 409] })
  async request(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>, @Input('body') body: z.infer<typeof GroupJoinRequestBody>): Promise<void> {
    await this.membership.request(actor, params.id, body.message);
  }

  @Post('groups/:id/invitations')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Invite alliance members to the group (leads, coordinators)', tags: ['groups'], params: GroupParams, body: InviteToGroupRequest, response: InviteToGroupResult, status: 201, errors: [400, 401, 403, 404, 409] })
  invite(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>, @Input('body') body: z.infer<typeof InviteToGroupRequest>) {
    return this.membership.invite(actor, params.id, body.personIds);
  }

  @Post('groups/:id/leave')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Leave the group (a lead needs another lead first)', tags: ['groups'], params: GroupParams, status: 204, errors: [401, 404, 409] })
  async leave(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof GroupParams>): Promise<void> {
    await this.membership.leave(actor, params.id);
  }

  @Delete('groups/:id/members/:personId')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Remove a member, or withdraw an invitation (leads, coordinators)', tags: ['groups'], params: MemberParams, body: RemoveRequest, status: 204, errors: [401, 403, 404, 409] })
  async remove(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MemberParams>, @Input('body') body: z.infer<typeof RemoveRequest>): Promise<void> {
    await this.membership.remove(actor, params.id, params.personId, body.reason);
  }

  @Put('groups/:id/members/:personId/role')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Make a member a lead, or a lead a member', tags: ['groups'], params: MemberParams, body: SetGroupRoleRequest, status: 204, errors: [400, 401, 403, 404, 409] })
  async setRole(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MemberParams>, @Input('body') body: z.infer<typeof SetGroupRoleRequest>): Promise<void> {
    await this.membership.setRole(actor, params.id, params.personId, body.role);
  }
}
