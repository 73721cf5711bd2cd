import type { ExchangeSummary } from '@peerhub/contracts';
import { localDays } from '@peerhub/domain';
import { addDays, dayKey, minutesOfDay, startOfWeek } from './time';

export type CalendarView = 'month' | 'week' | 'list';

/** The days of a month grid (Monday to Sunday weeks around the month of `date`). */
export function monthGrid(date: string): { first: string; days: string[] } {
  const first = `${date.slice(0, 7)}-01`;
  const nextMonth = `${addDays(`${date.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;
  const last = addDays(startOfWeek(addDays(nextMonth, -1)), 6);
  const days: string[] = [];
  for (let d = startOfWeek(first); d <= last; d = addDays(d, 1)) days.push(d);
  return { first, days };
}

/** The first day of the month before or after a date's month. */
export const shiftMonth = (date: string, months: number) => {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

export const weekDays = (date: string) => Array.from({ length: 7 }, (_, i) => addDays(startOfWeek(date), i));

/** The local days (viewer's zone) an exchange covers. */
export const daysOf = (e: Pick<ExchangeSummary, 'startsAt' | 'endsAt'>, zone: string) => localDays(new Date(e.startsAt), new Date(e.endsAt), zone);

/** Several days in its host's zone: shown as an all-day band rather than a block of hours. */
export const isMultiDay = (e: Pick<ExchangeSummary, 'startsAt' | 'endsAt' | 'timezone'>) => localDays(new Date(e.startsAt), new Date(e.endsAt), e.timezone).length > 1;

export interface Segment {
  exchange: ExchangeSummary;
  day: string;
  /** Minutes since local midnight, in the viewer's zone. */
  start: number;
  end: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
  lane: number;
  lanes: number;
}

/** The timed pieces of each day of a week (an exchange over midnight for the viewer is cut in two), with overlap lanes. */
export function timedSegments(exchanges: ExchangeSummary[], days: string[], zone: string): Map<string, Segment[]> {
  const byDay = new Map<string, Segment[]>(days.map((d) => [d, []]));
  for (const e of exchanges) {
    if (isMultiDay(e)) continue;
    const startDay = dayKey(e.startsAt, zone);
    const endDay = dayKey(new Date(new Date(e.endsAt).getTime() - 1), zone);
    for (const day of daysOf(e, zone)) {
      const list = byDay.get(day);
      if (!list) continue;
      const start = day === startDay ? minutesOfDay(e.startsAt, zone) : 0;
      const end = day === endDay ? minutesOfDay(e.endsAt, zone) || 24 * 60 : 24 * 60;
      list.push({ exchange: e, day, start, end: Math.max(end, start + 15), continuesBefore: day !== startDay, continuesAfter: day !== endDay, lane: 0, lanes: 1 });
    }
  }
  for (const list of byDay.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    // Greedy lanes within clusters of overlapping segments.
    let cluster: Segment[] = [];
    let clusterEnd = -1;
    const close = () => {
      const lanes = Math.max(1, ...cluster.map((s) => s.lane + 1));
      for (const s of cluster) s.lanes = lanes;
      cluster = [];
    };
    for (const s of list) {
      if (s.start >= clusterEnd) {
        close();
        clusterEnd = -1;
      }
      const taken = new Set(cluster.filter((c) => c.end > s.start).map((c) => c.lane));
      let lane = 0;
      while (taken.has(lane)) lane += 1;
      s.lane = lane;
      cluster.push(s);
      clusterEnd = Math.max(clusterEnd, s.end);
    }
    close();
  }
  return byDay;
}
