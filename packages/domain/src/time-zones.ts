/**
 * Time-zone rules. Instants are stored in UTC with the IANA zone beside them; offsets are always
 * derived from the zone at that instant (Estonia changes clocks, Kazakhstan and Uzbekistan do not).
 */

/** Offset of `zone` from UTC at `instant`, in minutes (Tallinn in July: 180). */
export function offsetMinutes(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** How many hours `to` is ahead of `from` at `instant` (Bishkek from Tallinn in winter: 4). */
export function hoursBetweenZones(from: string, to: string, instant: Date): number {
  return (offsetMinutes(to, instant) - offsetMinutes(from, instant)) / 60;
}

/** "UTC+5", "UTC+5:30", "UTC−3" style label of a zone at an instant. */
export function utcOffsetLabel(zone: string, instant: Date): string {
  const minutes = offsetMinutes(zone, instant);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
