import { isKnownTimeZone } from '@peerhub/contracts';
import { crossesMidnight, fromLocal, offsetMinutes, toLocal } from '@peerhub/domain';
import { browserTimeZone } from '../../../components/ui/labels';
import { currentFormattingLocale, currentLocale, t } from '../../../i18n/locale-store';
import { useSession } from '../../../lib/session';

/**
 * Times of exchanges: instants (UTC) shown in the viewer's zone, with the host's zone beside them
 * when it differs. Every formatter names its zone explicitly: the browser's own zone is never
 * assumed (a person may have set another one in their profile).
 */

/** The signed-in person's zone (their profile), else the browser's. */
export function useViewerZone(): string {
  const zone = useSession().person?.timezone;
  return zone && isKnownTimeZone(zone) ? zone : browserTimeZone();
}

/** "Asia/Tashkent" → "Tashkent", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  if (zone === 'UTC') return 'UTC';
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** In the page's language (British English for English). */
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = currentFormattingLocale();
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

const asDate = (instant: string | Date) => (typeof instant === 'string' ? new Date(instant) : instant);

/** "09:00" */
export const formatTime = (instant: string | Date, zone: string) => formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(asDate(instant));
/**
 * English date words without the punctuation engines disagree on ("Wed, 10 Mar" in one, "Wed 10 Mar"
 * in another). Other languages keep their own order and words ("2027 ж. 11 нау., бс", "11 мар. 2027 г.").
 */
const dateWords = (f: Intl.DateTimeFormat, instant: Date) =>
  currentLocale() === 'en'
    ? f
        .formatToParts(instant)
        .filter((p) => p.type !== 'literal')
        .map((p) => p.value)
        .join(' ')
    : f.format(instant);

/** "Tue 11 Mar 2027" */
export const formatDay = (instant: string | Date, zone: string) => dateWords(formatter(zone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }), asDate(instant));
/** The weekday, day and month of an instant, each on its own (a calendar's date box): "Tue", "11", "Mar". */
export function dayParts(instant: string | Date, zone: string): { weekday: string; day: string; month: string } {
  const parts = formatter(zone, { weekday: 'short', day: 'numeric', month: 'short' }).formatToParts(asDate(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: part('weekday'), day: part('day'), month: part('month') };
}

/** "Tue 11 Mar" */
export const formatShortDay = (instant: string | Date, zone: string) => dateWords(formatter(zone, { weekday: 'short', day: 'numeric', month: 'short' }), asDate(instant));

/** A calendar date (YYYY-MM-DD) as words, independent of any zone: "Tue 11 Mar 2027". */
export function formatDateKey(date: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }): string {
  return dateWords(formatter('UTC', options), new Date(`${date}T12:00:00Z`));
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export const dayKey = (instant: string | Date, zone: string) => toLocal(asDate(instant), zone).date;

/** Whether two zones show the same wall-clock time at an instant (then one time is enough). */
export const sameClock = (a: string, b: string, instant: string | Date) => offsetMinutes(a, asDate(instant)) === offsetMinutes(b, asDate(instant));

/** "09:00–10:30", with the end's date when it falls on another day in that zone. */
export function formatRange(startsAt: string, endsAt: string, zone: string): string {
  const nextDay = crossesMidnight(new Date(startsAt), new Date(endsAt), zone);
  return `${formatTime(startsAt, zone)}–${nextDay ? `${formatShortDay(endsAt, zone)}, ` : ''}${formatTime(endsAt, zone)}`;
}

/**
 * A period in the host's zone with the viewer's beside it when the clocks differ:
 * "09:00–10:30 Tashkent (07:00–08:30 your time, Tallinn)". The viewer's part names the day when it
 * is another day than the host's. `withDate` puts the host's date first.
 */
export function describePeriod(startsAt: string, endsAt: string, hostZone: string, viewerZone: string, { withDate = false } = {}): { host: string; viewer: string | null } {
  const hostDay = dayKey(startsAt, hostZone);
  const host = `${withDate ? `${formatDay(startsAt, hostZone)}, ` : ''}${formatRange(startsAt, endsAt, hostZone)} ${zoneCity(hostZone)}`;
  if (sameClock(hostZone, viewerZone, startsAt)) return { host, viewer: null };
  const otherDay = withDate || dayKey(startsAt, viewerZone) !== hostDay;
  const viewer = t('exchanges.time.yourTime', { when: `${otherDay ? `${formatShortDay(startsAt, viewerZone)}, ` : ''}${formatRange(startsAt, endsAt, viewerZone)}`, city: zoneCity(viewerZone) });
  return { host, viewer };
}

/** "Tue 11 Mar 2027, 09:00 Tashkent (07:00 your time, Tallinn)" as one line. */
export function periodText(startsAt: string, endsAt: string, hostZone: string, viewerZone: string, options: { withDate?: boolean } = {}): string {
  const { host, viewer } = describePeriod(startsAt, endsAt, hostZone, viewerZone, options);
  return viewer ? `${host} (${viewer})` : host;
}

/** Whether a period runs over midnight in the viewer's zone. */
export const crossesMidnightFor = (startsAt: string, endsAt: string, zone: string) => crossesMidnight(new Date(startsAt), new Date(endsAt), zone);

/** The instant of a wall-clock date and time in a zone, as ISO; null while either is missing or malformed. */
export function instantOf(date: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time) || !isKnownTimeZone(zone)) return null;
  const instant = fromLocal({ date, time }, zone);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday (0) to Sunday (6) of a YYYY-MM-DD date. */
export const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The Monday of the week a date falls in. */
export const startOfWeek = (date: string) => addDays(date, -weekdayOf(date));

/** Minutes since local midnight of an instant in a zone. */
export function minutesOfDay(instant: string | Date, zone: string): number {
  const [h, m] = toLocal(asDate(instant), zone).time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
