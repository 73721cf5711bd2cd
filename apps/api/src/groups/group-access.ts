import { Injectable } from '@nestjs/common';
import { can, whyNot, type Action, type Actor, type GroupSubject } from '@peerhub/domain';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/app-error';
import type { GroupMembershipEntity } from './group-membership.entity';
import { groupSubject, standingOf } from './group.mapper';
import { GroupsRepository, type GroupCounts } from './groups.repository';
import type { PeerGroupEntity } from './peer-group.entity';

export interface LoadedGroup {
  group: PeerGroupEntity;
  counts: GroupCounts;
  membership: GroupMembershipEntity | null;
  subject: GroupSubject;
}

type GroupAction = { [A in Action]: GroupSubject extends Parameters<typeof can<A>>[2] ? A : never }[Action];

/**
 * Loads a group as one person sees it and applies the policy: a group they may not see is 404; an
 * action they may not take is 409 with the policy's reason when it has one (full, archived, last
 * lead…), 403 otherwise.
 */
@Injectable()
export class GroupAccess {
  constructor(private readonly groups: GroupsRepository) {}

  async load(actor: Actor, groupId: string, manager?: EntityManager): Promise<LoadedGroup> {
    const group = await this.groups.findById(groupId, manager);
    if (!group) throw notFound('Peer group');
    const [counts, membership] = await Promise.all([
      this.groups.counts([groupId], manager).then((m) => m.get(groupId)!),
      this.groups.membershipOf(groupId, actor.personId, manager),
    ]);
    const subject = groupSubject(group, counts, standingOf(membership));
    if (!can(actor, 'group.view', subject)) throw notFound('Peer group');
    return { group, counts, membership, subject };
  }

  async authorize(actor: Actor, action: GroupAction, groupId: string, manager?: EntityManager): Promise<LoadedGroup> {
    const loaded = await this.load(actor, groupId, manager);
    this.check(actor, action, loaded.subject);
    return loaded;
  }

  check(actor: Actor, action: GroupAction, subject: GroupSubject): void {
    if (can(actor, action, subject)) return;
    const reason = whyNot(actor, action, subject);
    throw reason ? new AppError('CONFLICT', reason, 409) : new AppError('FORBIDDEN', 'Only the group leads and the alliance coordinators may do this', 403);
  }
}
