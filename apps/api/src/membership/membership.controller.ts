import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import {
  AllianceJoinRequestBody,
  AllianceStats,
  ChangeMembershipRequest,
  DecideRequests,
  DecideRequestsResult,
  Id,
  JoinRequestList,
  MembersPage,
  MembersQuery,
  RemoveRequest,
} from '@peerhub/contracts';
import { z } from 'zod';
import { allianceFromParam, Policy } from '../common/access.decorators';
import { Endpoint, Input } from '../common/endpoint.decorator';
import { CurrentActor, type AuthenticatedActor } from '../common/request-actor';
import { AllianceMembersService } from './alliance-members.service';
import { AllianceStatsService } from './alliance-stats.service';
import { JoinRequestsService } from './join-requests.service';

const AllianceParams = z.object({ allianceId: Id });
const MemberParams = z.object({ allianceId: Id, personId: Id });

/** The coordinator console: requests, the membership table, role and status changes, the dashboard. */
@Controller('alliances/:allianceId')
export class MembershipController {
  constructor(
    private readonly requests: JoinRequestsService,
    private readonly members: AllianceMembersService,
    private readonly stats: AllianceStatsService,
  ) {}

  @Post('join-requests')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Ask to join an alliance I do not belong to', tags: ['membership'], params: AllianceParams, body: AllianceJoinRequestBody, status: 204, errors: [400, 401, 404, 409] })
  async requestToJoin(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AllianceParams>, @Input('body') body: z.infer<typeof AllianceJoinRequestBody>): Promise<void> {
    await this.requests.requestAlliance(actor, params.allianceId, body.message);
  }

  @Get('pending-requests')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Pending requests to join the alliance and its groups (coordinators see all, leads their groups)', tags: ['membership'], params: AllianceParams, response: JoinRequestList, errors: [401] })
  async pending(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AllianceParams>): Promise<JoinRequestList> {
    return { items: await this.requests.pending(actor, params.allianceId) };
  }

  @Post('pending-requests/decisions')
  @Policy('directory.browse')
  @Endpoint({ summary: 'Approve or reject requests, one or many; each answered on its own', tags: ['membership'], params: AllianceParams, body: DecideRequests, response: DecideRequestsResult, errors: [400, 401] })
  decide(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof AllianceParams>, @Input('body') body: DecideRequests): Promise<DecideRequestsResult> {
    return this.requests.decide(actor, params.allianceId, body);
  }

  @Get('members')
  @Policy('alliance.manage-members', allianceFromParam)
  @Endpoint({ summary: 'The membership table: search, filter, sort, paginate', tags: ['membership'], params: AllianceParams, query: MembersQuery, response: MembersPage, errors: [400, 401, 403] })
  list(@Input('params') params: z.infer<typeof AllianceParams>, @Input('query') query: MembersQuery): Promise<MembersPage> {
    return this.members.page(params.allianceId, query);
  }

  @Patch('members/:personId')
  @Policy('alliance.manage-members', allianceFromParam)
  @Endpoint({ summary: "Change a member's role, suspend or reinstate them", tags: ['membership'], params: MemberParams, body: ChangeMembershipRequest, status: 204, errors: [400, 401, 403, 404, 409] })
  async change(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MemberParams>, @Input('body') body: ChangeMembershipRequest): Promise<void> {
    await this.members.change(actor, params.allianceId, params.personId, body);
  }

  @Delete('members/:personId')
  @Policy('alliance.manage-members', allianceFromParam)
  @Endpoint({ summary: 'Remove someone from the alliance and its groups', tags: ['membership'], params: MemberParams, body: RemoveRequest, status: 204, errors: [401, 403, 404, 409] })
  async remove(@CurrentActor() actor: AuthenticatedActor, @Input('params') params: z.infer<typeof MemberParams>, @Input('body') body: z.infer<typeof RemoveRequest>): Promise<void> {
    await this.members.remove(actor, params.allianceId, params.personId, body.reason);
  }

  @Get('stats')
  @Policy('alliance.manage-members', allianceFromParam)
  @Endpoint({ summary: 'Dashboard figures: members by country and role, growth, groups by activity', tags: ['membership'], params: AllianceParams, response: AllianceStats, errors: [401, 403] })
  dashboard(@Input('params') params: z.infer<typeof AllianceParams>): Promise<AllianceStats> {
    return this.stats.of(params.allianceId);
  }
}
