import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupsQuery } from '@peerhub/contracts';
import { activeAllianceIds, isAdmin, type Actor } from '@peerhub/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { GroupMembershipEntity } from './group-membership.entity';
import { PeerGroupEntity } from './peer-group.entity';
import { containing } from '../common/sql';

export interface GroupCounts {
  memberCount: number;
  leadCount: number;
  countries: string[];
}


@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PeerGroupEntity | null> {
    return manager.findOne(PeerGroupEntity, { where: { id }, relations: { alliance: true } });
  }

  membershipOf(groupId: string, personId: string, manager: EntityManager = this.dataSource.manager): Promise<GroupMembershipEntity | null> {
    return manager.findOneBy(GroupMembershipEntity, { groupId, personId });
  }

  /** Active members, leads and the countries they come from, per group. */
  async counts(groupIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, GroupCounts>> {
    const map = new Map<string, GroupCounts>(groupIds.map((id) => [id, { memberCount: 0, leadCount: 0, countries: [] }]));
    if (groupIds.length === 0) return map;
    const rows = await manager.query<Array<{ group_id: string; members: number; leads: number; countries: string[] | null }>>(
      `SELECT gm.group_id, count(*)::int AS members, count(*) FILTER (WHERE gm.role = 'lead')::int AS leads,
              array_agg(DISTINCT p.country ORDER BY p.country) FILTER (WHERE p.country IS NOT NULL) AS countries
         FROM group_membership gm JOIN person p ON p.id = gm.person_id
        WHERE gm.group_id = ANY($1) AND gm.state = 'active'
        GROUP BY gm.group_id`,
      [groupIds],
    );
    for (const r of rows) map.set(r.group_id, { memberCount: r.members, leadCount: r.leads, countries: r.countries ?? [] });
    return map;
  }

  async standings(groupIds: string[], personId: string): Promise<Map<string, GroupMembershipEntity>> {
    if (groupIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(GroupMembershipEntity)
      .createQueryBuilder('m')
      .where('m.group_id = ANY(:groupIds) AND m.person_id = :personId', { groupIds, personId })
      .getMany();
    return new Map(rows.map((r) => [r.groupId, r]));
  }

  /** Groups the actor may see (the rule of `group.view`, in SQL), filtered and paginated. */
  async search(actor: Actor, query: GroupsQuery): Promise<{ groups: PeerGroupEntity[]; total: number }> {
    const qb = this.dataSource
      .getRepository(PeerGroupEntity)
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.alliance', 'a');
    if (!isAdmin(actor)) {
      const coordinated = actor.memberships.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.allianceId);
      qb.andWhere(
        `g.alliance_id = ANY(:active) AND (g.visibility <> 'invite-only' OR g.alliance_id = ANY(:coordinated)
          OR EXISTS (SELECT 1 FROM group_membership v WHERE v.group_id = g.id AND v.person_id = :me))`,
        { active: activeAllianceIds(actor), coordinated, me: actor.personId },
      );
    }
    if (query.allianceId) qb.andWhere('g.alliance_id = :allianceId', { allianceId: query.allianceId });
    if (query.q) qb.andWhere('(g.name ILIKE :q OR g.purpose ILIKE :q)', { q: containing(query.q) });
    if (query.topic) qb.andWhere(':topic = ANY(g.topics)', { topic: query.topic });
    if (query.status) qb.andWhere('g.status = :status', { status: query.status });
    if (query.mine) {
      qb.andWhere(`EXISTS (SELECT 1 FROM group_membership mm WHERE mm.group_id = g.id AND mm.person_id = :me AND mm.state = 'active')`, { me: actor.personId });
    }
    const [groups, total] = await qb
      .orderBy('g.status', 'ASC')
      .addOrderBy('g.name', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { groups, total };
  }

  members(groupId: string): Promise<GroupMembershipEntity[]> {
    return this.dataSource
      .getRepository(GroupMembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.person', 'p')
      .leftJoinAndSelect('p.organisation', 'o')
      .where("m.group_id = :groupId AND m.state = 'active'", { groupId })
      .orderBy("m.role = 'lead'", 'DESC')
      .addOrderBy('p.name', 'ASC')
      .getMany();
  }
}
