import type { DataSource, EntityManager } from 'typeorm';

export interface ExchangeCounts {
  going: number;
  maybe: number;
  waitlisted: number;
  pending: number;
}

export const NO_COUNTS: ExchangeCounts = { going: 0, maybe: 0, waitlisted: 0, pending: 0 };

/** How many people are going, maybe, on the waitlist and waiting for approval, per exchange. */
export async function registrationCounts(db: DataSource | EntityManager, ids: string[]): Promise<Map<string, ExchangeCounts>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<Array<{ exchange_id: string; going: number; maybe: number; waitlisted: number; pending: number }>>(
    `SELECT exchange_id, count(*) FILTER (WHERE status = 'going')::int AS going, count(*) FILTER (WHERE status = 'maybe')::int AS maybe,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted, count(*) FILTER (WHERE status = 'pending-approval')::int AS pending
       FROM exchange_participant WHERE exchange_id = ANY($1) GROUP BY exchange_id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.exchange_id, { going: r.going, maybe: r.maybe, waitlisted: r.waitlisted, pending: r.pending }]));
}
