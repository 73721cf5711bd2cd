import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountryCode, DecideRequests, DecideRequestsResult, JoinRequest, MembershipChanged } from '@peerhub/contracts';
import { can, isAdmin, type Actor } from '@peerhub/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AlliancesRepository } from '../alliances/alliances.repository';
import { AuditLog } from '../audit/audit-log';
import { personRefs } from '../audit/person-ref';
import { AppError, conflict, notFound } from '../common/app-error';
import { GroupAccess } from '../groups/group-access';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { AllianceJoinRequestEntity } from './alliance-join-request.entity';

type Decision = DecideRequests['decisions'][number];
interface Notice {
  personId: string;
  payload: MembershipChanged;
  /** What the requester is told: the group's or the alliance's name and page. */
  title: string;
  link: string;
  reason: string | null;
}

/** Requests to join an alliance or a peer group, and the decisions on them, one by one or in bulk. */
@Injectable()
export class JoinRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AlliancesRepository,
    private readonly groupAccess: GroupAccess,
    private readonly audit: AuditLog,
    private readonly realtime: RealtimeSessions,
    private readonly notifications: NotificationsService,
  ) {}

  async requestAlliance(actor: Actor, allianceId: string, message: string | undefined): Promise<void> {
    if (!(await this.alliances.exists(allianceId))) throw notFound('Alliance');
    if (!can(actor, 'alliance.request-join', { allianceId })) throw conflict('You already belong to this alliance');
    await this.dataSource.transaction(async (manager) => {
      const pending = await manager.existsBy(AllianceJoinRequestEntity, { allianceId, personId: actor.personId, state: 'pending' });
      if (pending) throw conflict('Your request is already waiting for a decision');
      await manager.insert(AllianceJoinRequestEntity, { allianceId, personId: actor.personId, message: message ?? '', state: 'pending' });
      const refs = await personRefs(manager, actor.personId);
      await this.audit.record(manager, { allianceId, action: 'alliance.requested', actor: refs.get(actor.personId) ?? null, subject: refs.get(actor.personId) ?? null });
    });
    const coordinators = await this.dataSource.query<Array<{ person_id: string; name: string }>>(
      `SELECT m.person_id, a.name FROM alliance_membership m JOIN alliance a ON a.id = m.alliance_id WHERE m.alliance_id = $1 AND m.role = 'coordinator' AND m.status = 'active'`,
      [allianceId],
    );
    await this.notifications.notifyQuietly({
      kind: 'join-request',
      recipientIds: coordinators.map((c) => c.person_id),
      actorId: actor.personId,
      title: coordinators[0]?.name ?? '',
      link: `/alliances/${allianceId}/console`,
    });
  }

  /** Pending requests of an alliance and of all its groups (for coordinators) or of the groups the person leads. */
  async pending(actor: Actor, allianceId: string): Promise<JoinRequest[]> {
    const runsAlliance = can(actor, 'alliance.manage-members', { allianceId });
    const rows = await this.dataSource.query<Array<Record<string, string | null>>>(
      `SELECT r.id, 'alliance' AS kind, r.alliance_id, a.name AS alliance_name, NULL::uuid AS group_id, NULL AS group_name,
              p.id AS person_id, p.name AS person_name, p.country, o.name AS organisation_name, r.message, r.created_at
         FROM alliance_join_request r JOIN alliance a ON a.id = r.alliance_id JOIN person p ON p.id = r.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE r.alliance_id = $1 AND r.state = 'pending' AND $2::boolean
       UNION ALL
       SELECT m.id, 'group', g.alliance_id, a.name, g.id, g.name, p.id, p.name, p.country, o.name, m.message, m.created_at
         FROM group_membership m JOIN peer_group g ON g.id = m.group_id JOIN alliance a ON a.id = g.alliance_id
         JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE g.alliance_id = $1 AND m.state = 'requested' AND g.status = 'active'
          AND ($2::boolean OR EXISTS (SELECT 1 FROM group_membership l WHERE l.group_id = g.id AND l.person_id = $3 AND l.role = 'lead' AND l.state = 'active'))
        ORDER BY created_at ASC`,
      [allianceId, runsAlliance || isAdmin(actor), actor.personId],
    );
    return rows.map((r) => ({
      id: r.id!,
      kind: r.kind as JoinRequest['kind'],
      allianceId: r.alliance_id!,
      allianceName: r.alliance_name!,
      groupId: r.group_id ?? null,
      groupName: r.group_name ?? null,
      personId: r.person_id!,
      personName: r.person_name!,
      country: r.country as CountryCode | null,
      organisationName: r.organisation_name ?? null,
      message: r.message ?? '',
      createdAt: new Date(r.created_at!).toISOString(),
    }));
  }

  /** Each decision stands alone: one that fails (already decided, group full) does not undo the others. */
  async decide(actor: Actor, allianceId: string, body: DecideRequests): Promise<DecideRequestsResult> {
    const results: DecideRequestsResult['results'] = [];
    for (const decision of body.decisions) {
      try {
        const notice = await this.dataSource.transaction((manager): Promise<Notice> =>
          decision.kind === 'alliance' ? this.decideAlliance(manager, actor, allianceId, decision) : this.decideGroup(manager, actor, allianceId, decision),
        );
        this.realtime.membershipChanged(notice.personId, notice.payload);
        await this.notifications.notifyQuietly({
          kind: 'join-decision',
          recipientIds: [notice.personId],
          actorId: actor.personId,
          title: notice.title,
          link: notice.link,
          params: { decision: notice.payload.change, ...(notice.reason ? { reason: notice.reason } : {}) },
        });
        results.push({ requestId: decision.requestId, ok: true });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ requestId: decision.requestId, ok: false, error: error.message });
      }
    }
    return { results };
  }

  private async decideAlliance(manager: EntityManager, actor: Actor, allianceId: string, d: Decision): Promise<Notice> {
    if (!can(actor, 'alliance.manage-members', { allianceId })) throw new AppError('FORBIDDEN', 'Only the alliance coordinators decide on joining the alliance', 403);
    const request = await manager.findOne(AllianceJoinRequestEntity, { where: { id: d.requestId, allianceId }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw notFound('Request');
    if (request.state !== 'pending') throw conflict('This request was already decided');
    const approve = d.decision === 'approve';
    await manager.update(AllianceJoinRequestEntity, { id: request.id }, { state: approve ? 'approved' : 'rejected', reason: d.reason ?? null, decidedById: actor.personId, decidedAt: new Date() });
    if (approve) {
      await manager.createQueryBuilder().insert().into(AllianceMembershipEntity).values({ allianceId, personId: request.personId, role: 'member', status: 'active' }).orIgnore().execute();
    }
    const refs = await personRefs(manager, actor.personId, request.personId);
    await this.audit.record(manager, {
      allianceId,
      action: approve ? 'alliance.request-approved' : 'alliance.request-rejected',
      actor: refs.get(actor.personId) ?? null,
      subject: refs.get(request.personId) ?? null,
      after: approve ? { role: 'member', status: 'active' } : null,
      reason: d.reason ?? null,
    });
    const [alliance] = await manager.query<Array<{ name: string }>>('SELECT name FROM alliance WHERE id = $1', [allianceId]);
    return { personId: request.personId, payload: { allianceId, groupId: null, change: approve ? 'approved' : 'rejected' }, title: alliance?.name ?? '', link: `/alliances/${allianceId}`, reason: d.reason ?? null };
  }

  private async decideGroup(manager: EntityManager, actor: Actor, allianceId: string, d: Decision): Promise<Notice> {
    const request = await manager.findOne(GroupMembershipEntity, { where: { id: d.requestId }, relations: { group: true } });
    if (!request || request.group?.allianceId !== allianceId) throw notFound('Request');
    await manager.query('SELECT 1 FROM peer_group WHERE id = $1 FOR UPDATE', [request.groupId]);
    const loaded = await this.groupAccess.authorize(actor, 'group.decide-requests', request.groupId, manager);
    const current = await manager.findOneBy(GroupMembershipEntity, { id: request.id });
    if (!current || current.state !== 'requested') throw conflict('This request was already decided');
    const approve = d.decision === 'approve';
    if (approve) {
      const { memberLimit } = loaded.group;
      if (memberLimit !== null && loaded.counts.memberCount >= memberLimit) throw conflict('The group is full');
      await manager.update(GroupMembershipEntity, { id: current.id }, { state: 'active', role: 'member' });
    } else {
      await manager.delete(GroupMembershipEntity, { id: current.id });
    }
    const refs = await personRefs(manager, actor.personId, current.personId);
    await this.audit.record(manager, {
      allianceId,
      action: approve ? 'group.request-approved' : 'group.request-rejected',
      actor: refs.get(actor.personId) ?? null,
      subject: refs.get(current.personId) ?? null,
      group: { id: loaded.group.id, name: loaded.group.name },
      after: approve ? { state: 'active', role: 'member' } : null,
      reason: d.reason ?? null,
    });
    return { personId: current.personId, payload: { allianceId, groupId: loaded.group.id, change: approve ? 'approved' : 'rejected' }, title: loaded.group.name, link: `/groups/${loaded.group.id}`, reason: d.reason ?? null };
  }
}
