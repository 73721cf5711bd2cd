import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangeMembershipRequest, CountryCode, MemberRow, MembersPage, MembersQuery } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AuditLog } from '../audit/audit-log';
import { personRefs } from '../audit/person-ref';
import { AppError, notFound } from '../common/app-error';
import { RealtimeSessions } from '../realtime/realtime-sessions';
import { containing } from '../common/sql';

const SORT_COLUMNS: Record<MembersQuery['sort'], string> = { name: 'p.name', country: 'p.country', role: 'm.role', joinedAt: 'm.created_at' };

/** The coordinator's membership table and the changes made from it: role, suspension, removal. */
@Injectable()
export class AllianceMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly realtime: RealtimeSessions,
  ) {}

  async page(allianceId: string, query: MembersQuery): Promise<MembersPage> {
    const where = ['m.alliance_id = $1'];
    const params: unknown[] = [allianceId];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.q) add((n) => `(p.name ILIKE ${n} OR p.email ILIKE ${n} OR o.name ILIKE ${n})`, containing(query.q));
    if (query.country) add((n) => `p.country = ${n}`, query.country);
    if (query.role) add((n) => `m.role = ${n}`, query.role);
    if (query.status) add((n) => `m.status = ${n}`, query.status);
    if (query.groupId) add((n) => `EXISTS (SELECT 1 FROM group_membership g WHERE g.person_id = p.id AND g.group_id = ${n} AND g.state = 'active')`, query.groupId);
    const from = `FROM alliance_membership m JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = p.organisation_id WHERE ${where.join(' AND ')}`;
    const order = `${SORT_COLUMNS[query.sort]} ${query.order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, p.name ASC, p.id ASC`;
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT p.id, p.name, p.email, p.country, o.name AS organisation_name, m.role, m.status, m.created_at,
                (SELECT count(*)::int FROM group_membership gm JOIN peer_group pg ON pg.id = gm.group_id
                  WHERE gm.person_id = p.id AND pg.alliance_id = m.alliance_id AND gm.state = 'active') AS group_count
           ${from} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
        params,
      ),
      this.dataSource.query<Array<{ total: number }>>(`SELECT count(*)::int AS total ${from}`, params),
    ]);
    const items: MemberRow[] = rows.map((r) => ({
      personId: r.id as string,
      name: r.name as string,
      email: r.email as string,
      country: r.country as CountryCode | null,
      organisationName: r.organisation_name as string | null,
      role: r.role as MemberRow['role'],
      status: r.status as MemberRow['status'],
      groupCount: r.group_count as number,
      joinedAt: new Date(r.created_at as string).toISOString(),
    }));
    return { items, total: count?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  async change(actor: Actor, allianceId: string, personId: string, change: ChangeMembershipRequest): Promise<void> {
    const suspendedNow = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AllianceMembershipEntity, { where: { allianceId, personId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw notFound('Member');
      if (personId === actor.personId) throw new AppError('CONFLICT', 'Ask another coordinator to change your own membership', 409);
      const refs = await personRefs(manager, actor.personId, personId);
      const base = { allianceId, actor: refs.get(actor.personId) ?? null, subject: refs.get(personId) ?? null, reason: change.reason ?? null };
      if (change.role && change.role !== membership.role) {
        await this.audit.record(manager, { ...base, action: 'alliance.role-changed', before: { role: membership.role }, after: { role: change.role } });
        membership.role = change.role;
      }
      let suspended = false;
      if (change.status && change.status !== membership.status) {
        suspended = change.status === 'suspended';
        await this.audit.record(manager, {
          ...base,
          action: suspended ? 'alliance.suspended' : 'alliance.reinstated',
          before: { status: membership.status },
          after: { status: change.status },
        });
        membership.status = change.status;
      }
      await manager.save(AllianceMembershipEntity, membership);
      return suspended;
    });
    // Suspension takes effect everywhere at once: every request re-reads memberships, and open
    // connections close so that they can only come back with what the person may still see.
    if (suspendedNow) this.realtime.closePerson(personId, 'suspended');
    else this.realtime.membershipChanged(personId, { allianceId, groupId: null, change: change.status === 'active' ? 'reinstated' : 'role-changed' });
  }

  /** Removes the person from the alliance and from all its groups. */
  async remove(actor: Actor, allianceId: string, personId: string, reason: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(AllianceMembershipEntity, { where: { allianceId, personId }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw notFound('Member');
      if (personId === actor.personId) throw new AppError('CONFLICT', 'Ask another coordinator to remove you', 409);
      const orphaned = await manager.query<Array<{ name: string }>>(
        `SELECT g.name FROM group_membership gm JOIN peer_group g ON g.id = gm.group_id
          WHERE gm.person_id = $1 AND g.alliance_id = $2 AND gm.role = 'lead' AND gm.state = 'active' AND g.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM group_membership o WHERE o.group_id = g.id AND o.role = 'lead' AND o.state = 'active' AND o.person_id <> $1)`,
        [personId, allianceId],
      );
      if (orphaned.length) {
        throw new AppError('CONFLICT', `This person is the only lead of ${orphaned.map((g) => `“${g.name}”`).join(', ')}: name another lead first`, 409);
      }
      await manager.query(`DELETE FROM group_membership gm USING peer_group g WHERE g.id = gm.group_id AND gm.person_id = $1 AND g.alliance_id = $2`, [personId, allianceId]);
      await manager.delete(AllianceMembershipEntity, { id: membership.id });
      const refs = await personRefs(manager, actor.personId, personId);
      await this.audit.record(manager, {
        allianceId,
        action: 'alliance.removed',
        actor: refs.get(actor.personId) ?? null,
        subject: refs.get(personId) ?? null,
        before: { role: membership.role, status: membership.status },
        reason: reason ?? null,
      });
    });
    this.realtime.closePerson(personId, 'suspended');
  }
}
