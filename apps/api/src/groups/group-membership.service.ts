import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, GroupRole, MembershipChanged } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AuditLog } from '../audit/audit-log';
import { personRefs } from '../audit/person-ref';
import { AppError, notFound, validationFailed } from '../common/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { GroupAccess, type LoadedGroup } from './group-access';
import { GroupMembershipEntity } from './group-membership.entity';

/**
 * Who belongs to a peer group: join, request, invite, leave, remove, lead or member. Every change
 * locks the group row (so a member limit holds under concurrent joins), writes the audit entry in
 * the same transaction, and after commit tells the person's open tabs.
 */
@Injectable()
export class GroupMembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: GroupAccess,
    private readonly audit: AuditLog,
    private readonly realtime: RealtimeSessions,
    private readonly notifications: NotificationsService,
  ) {}

  /** Joins an open group, or accepts an invitation to any group. */
  async join(actor: Actor, groupId: string): Promise<void> {
    const loaded = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.join', groupId, manager);
      const accepting = loaded.membership?.state === 'invited';
      if (loaded.membership) await manager.update(GroupMembershipEntity, { id: loaded.membership.id }, { state: 'active', role: 'member' });
      else await manager.insert(GroupMembershipEntity, { groupId, personId: actor.personId, role: 'member', state: 'active', message: '' });
      await this.record(manager, loaded, actor.personId, actor.personId, 'group.joined', { after: { state: 'active', via: accepting ? 'invitation' : 'open group' } });
      return loaded;
    });
    this.tell(actor.personId, loaded, 'joined');
  }

  async request(actor: Actor, groupId: string, message: string | undefined): Promise<void> {
    const loaded = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.request', groupId, manager);
      await manager.insert(GroupMembershipEntity, { groupId, personId: actor.personId, role: 'member', state: 'requested', message: message ?? '' });
      await this.record(manager, loaded, actor.personId, actor.personId, 'group.requested', { after: { state: 'requested' } });
      return loaded;
    });
    // Those who decide: the group's leads and the alliance's coordinators.
    const deciders = await this.dataSource.query<Array<{ person_id: string }>>(
      `SELECT person_id FROM group_membership WHERE group_id = $1 AND role = 'lead' AND state = 'active'
       UNION SELECT person_id FROM alliance_membership WHERE alliance_id = $2 AND role = 'coordinator' AND status = 'active'`,
      [groupId, loaded.group.allianceId],
    );
    await this.notifications.notifyQuietly({
      kind: 'join-request',
      recipientIds: deciders.map((d) => d.person_id),
      actorId: actor.personId,
      title: loaded.group.name,
      link: `/groups/${groupId}`,
    });
  }

  /** Invites active members of the group's alliance; people already in or invited are skipped. */
  async invite(actor: Actor, groupId: string, personIds: string[]): Promise<{ invited: number }> {
    const { loaded, invited } = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.invite', groupId, manager);
      const unique = [...new Set(personIds)];
      const eligible = await manager.findBy(AllianceMembershipEntity, { allianceId: loaded.group.allianceId, personId: In(unique), status: 'active' });
      if (eligible.length !== unique.length) {
        throw validationFailed([{ path: 'personIds', message: 'Invite only active members of the alliance' }]);
      }
      const existing = new Set((await manager.findBy(GroupMembershipEntity, { groupId, personId: In(unique) })).map((m) => m.personId));
      const invited = unique.filter((id) => !existing.has(id));
      if (invited.length) {
        await manager.insert(GroupMembershipEntity, invited.map((personId) => ({ groupId, personId, role: 'member' as const, state: 'invited' as const, message: '' })));
      }
      for (const personId of invited) await this.record(manager, loaded, actor.personId, personId, 'group.invited', { after: { state: 'invited' } });
      return { loaded, invited };
    });
    invited.forEach((personId) => this.tell(personId, loaded, 'invited'));
    return { invited: invited.length };
  }

  async leave(actor: Actor, groupId: string): Promise<void> {
    const loaded = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.leave', groupId, manager);
      await manager.delete(GroupMembershipEntity, { id: loaded.membership!.id });
      await this.record(manager, loaded, actor.personId, actor.personId, 'group.left', { before: { role: loaded.membership!.role } });
      return loaded;
    });
    await this.stopReading(actor.personId, groupId);
    this.tell(actor.personId, loaded, 'removed');
  }

  async remove(actor: Actor, groupId: string, personId: string, reason: string | undefined): Promise<void> {
    const loaded = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.remove-member', groupId, manager);
      const target = await manager.findOneBy(GroupMembershipEntity, { groupId, personId });
      if (!target) throw notFound('Group member');
      if (target.state === 'active' && target.role === 'lead' && loaded.counts.leadCount <= 1) {
        throw new AppError('CONFLICT', 'This is the group’s only lead: name another lead first', 409);
      }
      await manager.delete(GroupMembershipEntity, { id: target.id });
      await this.record(manager, loaded, actor.personId, personId, 'group.removed', { before: { role: target.role, state: target.state }, reason });
      return loaded;
    });
    await this.stopReading(personId, groupId);
    this.tell(personId, loaded, 'removed');
  }

  async setRole(actor: Actor, groupId: string, personId: string, role: GroupRole): Promise<void> {
    const loaded = await this.inLockedGroup(groupId, async (manager) => {
      const loaded = await this.access.authorize(actor, 'group.set-role', groupId, manager);
      const target = await manager.findOneBy(GroupMembershipEntity, { groupId, personId, state: 'active' });
      if (!target) throw notFound('Group member');
      if (target.role === role) return loaded;
      if (target.role === 'lead' && loaded.counts.leadCount <= 1) {
        throw new AppError('CONFLICT', 'A group always has a lead: name another lead first', 409);
      }
      await manager.update(GroupMembershipEntity, { id: target.id }, { role });
      await this.record(manager, loaded, actor.personId, personId, 'group.role-changed', { before: { role: target.role }, after: { role } });
      return loaded;
    });
    this.tell(personId, loaded, 'role-changed');
  }

  /** A person who left the group stops receiving its conversation's events at once, on every device. */
  private async stopReading(personId: string, groupId: string): Promise<void> {
    const [conversation] = await this.dataSource.query<Array<{ id: string }>>('SELECT id FROM conversation WHERE group_id = $1', [groupId]);
    if (!conversation) return;
    this.realtime.revokeConversation(personId, conversation.id);
  }

  /** Runs `work` in a transaction that holds the group's row lock. */
  private inLockedGroup<T>(groupId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM peer_group WHERE id = $1 FOR UPDATE', [groupId]);
      return work(manager);
    });
  }

  private async record(
    manager: EntityManager,
    loaded: LoadedGroup,
    actorId: string,
    subjectId: string,
    action: AuditAction,
    extra: { before?: Record<string, unknown>; after?: Record<string, unknown>; reason?: string | undefined },
  ): Promise<void> {
    const refs = await personRefs(manager, actorId, subjectId);
    await this.audit.record(manager, {
      allianceId: loaded.group.allianceId,
      action,
      actor: refs.get(actorId) ?? null,
      subject: refs.get(subjectId) ?? null,
      group: { id: loaded.group.id, name: loaded.group.name },
      before: extra.before ?? null,
      after: extra.after ?? null,
      reason: extra.reason ?? null,
    });
  }

  private tell(personId: string, loaded: LoadedGroup, change: MembershipChanged['change']): void {
    this.realtime.membershipChanged(personId, { allianceId: loaded.group.allianceId, groupId: loaded.group.id, change });
  }
}
