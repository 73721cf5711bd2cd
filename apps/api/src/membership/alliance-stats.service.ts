import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AllianceStats } from '@peerhub/contracts';
import { DataSource } from 'typeorm';

/** The figures behind the coordinator's dashboard charts. */
@Injectable()
export class AllianceStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(allianceId: string): Promise<AllianceStats> {
    const q = <T>(sql: string) => this.dataSource.query<T[]>(sql, [allianceId]);
    const [byCountry, byRole, growth, groups] = await Promise.all([
      q<{ country: string | null; count: number }>(
        `SELECT p.country, count(*)::int AS count FROM alliance_membership m JOIN person p ON p.id = m.person_id
          WHERE m.alliance_id = $1 AND m.status = 'active' GROUP BY p.country ORDER BY count DESC, p.country`,
      ),
      q<{ role: string; count: number }>(
        `SELECT m.role, count(*)::int AS count FROM alliance_membership m WHERE m.alliance_id = $1 AND m.status = 'active' GROUP BY m.role ORDER BY m.role`,
      ),
      // Members at the end of each of the last 12 months (present members by the month they joined).
      q<{ month: string; total: number }>(
        `SELECT to_char(months.m, 'YYYY-MM') AS month,
                (SELECT count(*)::int FROM alliance_membership x WHERE x.alliance_id = $1 AND x.created_at < months.m + interval '1 month') AS total
           FROM generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') AS months(m)
          ORDER BY months.m`,
      ),
      q<{ id: string; name: string; members: number; joined_last_30_days: number; status: string }>(
        `SELECT g.id, g.name, g.status,
                count(gm.id) FILTER (WHERE gm.state = 'active')::int AS members,
                count(gm.id) FILTER (WHERE gm.state = 'active' AND gm.created_at > now() - interval '30 days')::int AS joined_last_30_days
           FROM peer_group g LEFT JOIN group_membership gm ON gm.group_id = g.id
          WHERE g.alliance_id = $1 GROUP BY g.id ORDER BY joined_last_30_days DESC, members DESC, g.name LIMIT 20`,
      ),
    ]);
    return {
      membersByCountry: byCountry.map((r) => ({ country: r.country as AllianceStats['membersByCountry'][number]['country'], count: r.count })),
      membersByRole: byRole.map((r) => ({ role: r.role as AllianceStats['membersByRole'][number]['role'], count: r.count })),
      growth,
      groupsByActivity: groups.map((g) => ({ groupId: g.id, name: g.name, members: g.members, joinedLast30Days: g.joined_last_30_days })),
    };
  }
}
