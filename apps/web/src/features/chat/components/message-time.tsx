import { Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useNow } from '../../../lib/use-now';

function validZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** "14:05" today, "12 Mar, 14:05" before, in the viewer's time zone and the page's language; the full date on hover and for screen readers. */
export function MessageTime({ iso, zone }: { iso: string; zone: string | null | undefined }) {
  const { locale } = useIntl();
  const now = useNow();
  const timeZone = validZone(zone);
  const date = new Date(iso);
  const day = (d: Date) => d.toLocaleDateString(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = day(date) === day(now);
  const short = today
    ? date.toLocaleTimeString(locale, { timeZone, hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(locale, { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const full = date.toLocaleString(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' });
  return (
    <Text component="time" dateTime={iso} title={full} size="xs" c="dimmed">
      {short}
    </Text>
  );
}
