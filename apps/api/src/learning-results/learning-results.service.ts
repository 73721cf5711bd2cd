import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountryCode, LearningResults, LearningResultTable, TopicSlug } from '@peerhub/contracts';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';
import { QUIET_AFTER_DAYS } from '../matches/match-workspace.service';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What the alliance's P2P learning produced, for its coordinators: needs, matches, exchanges,
 * participants, self-assessed gains and action-plan completion; each table also as CSV.
 */
@Injectable()
export class LearningResultsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async results(allianceId: string): Promise<LearningResults> {
    const q = <T>(sql: string, params: unknown[] = [allianceId]) => this.dataSource.query<T[]>(sql, params);
    const [byTopic, byCountry, proposals, held, participants, gains, plans, quiet] = await Promise.all([
      q<{ key: string; count: number }>(
        `SELECT t AS key, count(*)::int AS count FROM learning_need n, unnest(n.topics) t WHERE n.alliance_id = $1 AND n.status <> 'draft' GROUP BY t ORDER BY count DESC, t`,
      ),
      q<{ key: string | null; count: number }>(
        `SELECT p.country AS key, count(*)::int AS count FROM learning_need n JOIN person p ON p.id = n.author_id
          WHERE n.alliance_id = $1 AND n.status <> 'draft' GROUP BY p.country ORDER BY count DESC, p.country`,
      ),
      q<{ status: string; count: number }>(
        `SELECT CASE WHEN p.status = 'proposed' AND p.expires_at < now() THEN 'expired' ELSE p.status END AS status, count(*)::int AS count
           FROM match_proposal p JOIN learning_need n ON n.id = p.need_id WHERE n.alliance_id = $1 GROUP BY 1`,
      ),
      q<{ count: number }>(`SELECT count(*)::int AS count FROM exchange WHERE alliance_id = $1 AND (status = 'completed' OR (status = 'published' AND ends_at < now()))`),
      q<{ key: string | null; count: number }>(
        `SELECT pe.country AS key, count(DISTINCT pe.id)::int AS count
           FROM exchange x JOIN exchange_participant xp ON xp.exchange_id = x.id JOIN person pe ON pe.id = xp.person_id
          WHERE x.alliance_id = $1 AND (x.status = 'completed' OR (x.status = 'published' AND x.ends_at < now()))
            AND xp.status = 'going' AND xp.attended IS DISTINCT FROM false
          GROUP BY pe.country ORDER BY count DESC, pe.country`,
      ),
      q<{ match_id: string; title: string; objective: string; before: number; after: number; people: number }>(
        `SELECT o.match_id, n.title, o.text AS objective, avg(b.score)::float AS before, avg(a.score)::float AS after, count(*)::int AS people
           FROM match_objective o
           JOIN match_proposal p ON p.id = o.match_id JOIN learning_need n ON n.id = p.need_id
           JOIN self_assessment b ON b.objective_id = o.id AND b.phase = 'before'
           JOIN self_assessment a ON a.objective_id = o.id AND a.phase = 'after' AND a.person_id = b.person_id
          WHERE n.alliance_id = $1
          GROUP BY o.id, o.match_id, n.title, o.text, o.created_at ORDER BY n.title, o.created_at`,
      ),
      q<{ status: string; count: number }>(
        `SELECT c.status, count(*)::int AS count FROM commitment c JOIN match_proposal p ON p.id = c.match_id JOIN learning_need n ON n.id = p.need_id
          WHERE n.alliance_id = $1 GROUP BY c.status`,
      ),
      this.quietPeople(allianceId),
    ]);
    const proposalCount = (status: string) => proposals.find((p) => p.status === status)?.count ?? 0;
    const planCount = (status: string) => plans.find((p) => p.status === status)?.count ?? 0;
    const [planned, inProgress, done, dropped] = [planCount('planned'), planCount('in-progress'), planCount('done'), planCount('dropped')];
    const counted = planned + inProgress + done;
    return {
      allianceId,
      needsByTopic: byTopic.map((r) => ({ key: r.key as TopicSlug, count: r.count })),
      needsByCountry: byCountry.map((r) => ({ key: r.key as CountryCode | null, count: r.count })),
      proposals: { proposed: proposalCount('proposed'), accepted: proposalCount('accepted'), declined: proposalCount('declined'), expired: proposalCount('expired') },
      exchangesHeld: held[0]?.count ?? 0,
      participantsByCountry: participants.map((r) => ({ key: r.key as CountryCode | null, count: r.count })),
      gains: gains.map((g) => ({ matchId: g.match_id, needTitle: g.title, objective: g.objective, before: round2(g.before), after: round2(g.after), gain: round2(g.after - g.before), people: g.people })),
      actionPlans: { planned, inProgress, done, dropped, completion: counted ? round2(done / counted) : 0 },
      quietPeople: quiet,
    };
  }

  /** One table of the results as CSV; spreadsheet formulas in the cells are defused. */
  async csv(allianceId: string, table: LearningResultTable): Promise<string> {
    const r = await this.results(allianceId);
    const rows: Array<Record<string, string | number | null>> = {
      'needs-by-topic': () => r.needsByTopic.map((x) => ({ topic: x.key, needs: x.count })),
      'needs-by-country': () => r.needsByCountry.map((x) => ({ country: x.key, needs: x.count })),
      proposals: () => Object.entries(r.proposals).map(([status, count]) => ({ status, proposals: count })),
      'participants-by-country': () => r.participantsByCountry.map((x) => ({ country: x.key, participants: x.count })),
      gains: () => r.gains.map((g) => ({ need: g.needTitle, objective: g.objective, before: g.before, after: g.after, gain: g.gain, people: g.people })),
      'action-plans': () => [{ planned: r.actionPlans.planned, 'in progress': r.actionPlans.inProgress, done: r.actionPlans.done, dropped: r.actionPlans.dropped, completion: r.actionPlans.completion }],
    }[table]();
    return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
  }

  /** Parties of active matches (agreed over 30 days ago) with no sign of activity in the last 30 days. */
  private async quietPeople(allianceId: string): Promise<LearningResults['quietPeople']> {
    const rows = await this.dataSource.query<Array<{ match_id: string; title: string; person_id: string; name: string; country: string | null; last_at: Date | null }>>(
      `SELECT p.id AS match_id, n.title, pe.id AS person_id, pe.name, pe.country, activity.last_at
         FROM match_proposal p JOIN learning_need n ON n.id = p.need_id
         JOIN match_party mp ON mp.proposal_id = p.id JOIN person pe ON pe.id = mp.person_id
         LEFT JOIN LATERAL (
           SELECT max(at) AS last_at FROM (
             SELECT mp.answered_at AS at
             UNION ALL SELECT sa.updated_at FROM self_assessment sa JOIN match_objective o ON o.id = sa.objective_id WHERE o.match_id = p.id AND sa.person_id = pe.id
             UNION ALL SELECT c.updated_at FROM commitment c WHERE c.match_id = p.id AND c.author_id = pe.id
             UNION ALL SELECT m.created_at FROM message m JOIN conversation cv ON cv.id = m.conversation_id WHERE cv.group_id = p.group_id AND m.author_id = pe.id
           ) a) activity ON true
        WHERE n.alliance_id = $1 AND p.status = 'accepted' AND p.closed_at IS NULL
          AND p.decided_at < now() - make_interval(days => $2)
          AND (activity.last_at IS NULL OR activity.last_at < now() - make_interval(days => $2))
        ORDER BY activity.last_at NULLS FIRST, pe.name`,
      [allianceId, QUIET_AFTER_DAYS],
    );
    return rows.map((r) => ({
      matchId: r.match_id,
      needTitle: r.title,
      person: { personId: r.person_id, name: r.name, country: r.country as CountryCode | null },
      lastActiveAt: r.last_at ? new Date(r.last_at).toISOString() : null,
    }));
  }
}
