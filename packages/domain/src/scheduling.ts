/**
 * Scheduling rules for exchanges: instants are stored in UTC with the host's IANA zone; every
 * local date and time is derived from the zone at that instant, so daylight saving (Tallinn) and
 * zones without it (Tashkent, Almaty) come out right.
 */
import { offsetMinutes } from './time-zones';

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock date and time of an instant in a zone. */
export function toLocal(instant: Date, zone: string): LocalDateTime {
  const shifted = new Date(instant.getTime() + offsetMinutes(zone, instant) * 60_000);
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

/**
 * The instant a wall-clock time in a zone stands for. A time that does not exist (skipped by a
 * spring-forward) moves forward by the gap; a time that happens twice (autumn) takes the first.
 */
export function fromLocal(local: LocalDateTime, zone: string): Date {
  const [y, mo, d] = local.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = local.time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets in force a day either side; keep the candidates that read back as the wall time asked for.
  const offsets = [...new Set([offsetMinutes(zone, new Date(asUtc - 86_400_000)), offsetMinutes(zone, new Date(asUtc + 86_400_000))])];
  const candidates = offsets
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const back = toLocal(instant, zone);
      return back.date === local.date && back.time === local.time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  if (candidates[0]) return candidates[0];
  // In a spring-forward gap: the same wall time with the earlier offset lands just after the jump.
  return new Date(asUtc - Math.min(...offsets) * 60_000);
}

/** The local dates an exchange spans in its host's zone, first to last. */
export function localDays(startsAt: Date, endsAt: Date, zone: string): string[] {
  const first = toLocal(startsAt, zone).date;
  const last = toLocal(new Date(endsAt.getTime() - 1), zone).date;
  const days: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); ; day = new Date(day.getTime() + 86_400_000)) {
    const iso = day.toISOString().slice(0, 10);
    days.push(iso);
    if (iso >= last || days.length > 366) break;
  }
  return days;
}

/** Whether a period runs over midnight in a zone (a session at 22:00–01:00 in Bishkek does). */
export function crossesMidnight(startsAt: Date, endsAt: Date, zone: string): boolean {
  return toLocal(startsAt, zone).date !== toLocal(new Date(endsAt.getTime() - 1), zone).date;
}

export type PollAnswer = 'yes' | 'if-need-be' | 'no';

export interface SlotTally {
  slotId: string;
  startsAt: Date;
  yes: number;
  ifNeedBe: number;
  no: number;
}

/** The best slot of a scheduling poll: most people able to come (yes or if need be), then most yes, then earliest. */
export function bestSlot(tallies: readonly SlotTally[]): SlotTally | null {
  const ranked = [...tallies].sort(
    (a, b) => b.yes + b.ifNeedBe - (a.yes + a.ifNeedBe) || b.yes - a.yes || a.startsAt.getTime() - b.startsAt.getTime(),
  );
  return ranked[0] ?? null;
}
