import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateGroupRequest, GroupDetail, GroupsPage, GroupsQuery, UpdateGroupRequest } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AuditLog } from '../audit/audit-log';
import { AppError, validationFailed } from '../common/app-error';
import { ConversationEntity } from '../conversations/conversation.entity';
import { PersonEntity } from '../people/person.entity';
import { GroupAccess } from './group-access';
import { GroupMembershipEntity } from './group-membership.entity';
import { standingOf, toGroupDetail, toGroupSummary } from './group.mapper';
import { GroupsRepository } from './groups.repository';
import { PeerGroupEntity } from './peer-group.entity';

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: GroupsRepository,
    private readonly access: GroupAccess,
    private readonly audit: AuditLog,
  ) {}

  async list(actor: Actor, query: GroupsQuery): Promise<GroupsPage> {
    const { groups, total } = await this.groups.search(actor, query);
    const ids = groups.map((g) => g.id);
    const [counts, standings] = await Promise.all([this.groups.counts(ids), this.groups.standings(ids, actor.personId)]);
    return {
      items: groups.map((g) => toGroupSummary(g, counts.get(g.id)!, standingOf(standings.get(g.id)))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(actor: Actor, groupId: string): Promise<GroupDetail> {
    const { group, counts, membership } = await this.access.load(actor, groupId);
    const members = await this.groups.members(groupId);
    return toGroupDetail(toGroupSummary(group, counts, standingOf(membership)), members, counts.leadCount);
  }

  /** Creates the group with its leads (the creator unless others are named), all members of the alliance. */
  async create(actor: Actor, allianceId: string, request: CreateGroupRequest): Promise<GroupDetail> {
    const groupId = await this.dataSource.transaction((manager) => this.insert(manager, actor.personId, allianceId, request));
    return this.detail(actor, groupId);
  }

  /**
   * Creates a group inside the caller's transaction (a match opens one with its learner and peers):
   * leads as named (or the creator), members added at once, the audit entry written.
   */
  async insert(manager: EntityManager, creatorId: string, allianceId: string, request: CreateGroupRequest, memberIds: string[] = []): Promise<string> {
    const leadIds = request.leadIds?.length ? [...new Set(request.leadIds)] : [creatorId];
    const eligible = await manager.findBy(AllianceMembershipEntity, { allianceId, personId: In(leadIds), status: 'active' });
    if (eligible.length !== leadIds.length) {
      throw validationFailed([{ path: 'leadIds', message: 'Every lead must be an active member of the alliance' }]);
    }
    const group = await manager.save(
      manager.create(PeerGroupEntity, {
        allianceId,
        name: request.name,
        topics: request.topics,
        purpose: request.purpose,
        visibility: request.visibility,
        memberLimit: request.memberLimit ?? null,
        status: 'active',
        createdById: creatorId,
      }),
    );
    await manager.insert(GroupMembershipEntity, leadIds.map((personId) => ({ groupId: group.id, personId, role: 'lead' as const, state: 'active' as const, message: '' })));
    // Its discussion exists from the start, so that it is in every member's Messages at once.
    await manager.insert(ConversationEntity, { kind: 'group', groupId: group.id, title: group.name, lastSeq: 0 });
    const members = [...new Set(memberIds)].filter((id) => !leadIds.includes(id));
    if (members.length) await manager.insert(GroupMembershipEntity, members.map((personId) => ({ groupId: group.id, personId, role: 'member' as const, state: 'active' as const, message: '' })));
    const me = await manager.findOneByOrFail(PersonEntity, { id: creatorId });
    await this.audit.record(manager, {
      allianceId,
      action: 'group.created',
      actor: { id: me.id, name: me.name },
      subject: null,
      group: { id: group.id, name: group.name },
      after: { name: group.name, visibility: group.visibility, leads: leadIds.length, members: leadIds.length + members.length },
    });
    return group.id;
  }

  async update(actor: Actor, groupId: string, changes: UpdateGroupRequest): Promise<GroupDetail> {
    await this.dataSource.transaction(async (manager) => {
      const { group, counts, subject } = await this.access.load(actor, groupId, manager);
      this.access.check(actor, 'group.update', subject);
      // Archived groups are read-only; the one change allowed is bringing them back.
      if (group.status === 'archived' && changes.status !== 'active') {
        throw new AppError('CONFLICT', 'The group is archived: it is read-only until it is made active again', 409);
      }
      if (changes.memberLimit != null && changes.memberLimit < counts.memberCount) {
        throw validationFailed([{ path: 'memberLimit', message: `The group already has ${counts.memberCount} members` }]);
      }
      const snapshot = (g: PeerGroupEntity) => ({ name: g.name, visibility: g.visibility, status: g.status, memberLimit: g.memberLimit, topics: [...g.topics] });
      const before = snapshot(group);
      Object.assign(group, changes);
      await manager.save(PeerGroupEntity, group);
      // The discussion is called after its group.
      if (group.name !== before.name) await manager.update(ConversationEntity, { groupId: group.id }, { title: group.name });
      const me = await manager.findOneByOrFail(PersonEntity, { id: actor.personId });
      await this.audit.record(manager, {
        allianceId: group.allianceId,
        action: 'group.updated',
        actor: { id: me.id, name: me.name },
        subject: null,
        group: { id: group.id, name: group.name },
        before,
        after: snapshot(group),
      });
    });
    return this.detail(actor, groupId);
  }
}
