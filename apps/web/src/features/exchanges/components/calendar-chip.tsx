import { Text } from '@mantine/core';
import type { ExchangeSummary } from '@peerhub/contracts';
import { Link } from 'react-router';
import { t } from '../../../i18n/locale-store';
import { myStatusName, statusName, typeName } from '../model/labels';
import { periodText } from '../model/time';

/** What a screen reader hears for an event in the calendar. */
/** What a screen reader hears after an exchange's title: its type, time, status and my answer. */
export function eventDetails(e: ExchangeSummary, viewerZone: string): string {
  const parts = [typeName(e.type), periodText(e.startsAt, e.endsAt, e.timezone, viewerZone, { withDate: true })];
  if (e.status !== 'published') parts.push(statusName(e.status));
  if (e.status === 'draft' && e.invited) parts.push(t('exchanges.badge.invited'));
  if (e.myStatus) parts.push(t('exchanges.chip.myAnswer', { answer: myStatusName(e.myStatus) }));
  return parts.join(', ');
}

export function eventLabel(e: ExchangeSummary, viewerZone: string): string {
  return `${e.title}, ${eventDetails(e, viewerZone)}`;
}

/** A small link for an exchange in a calendar cell: its colour says its status; a dot says I answered. */
export function CalendarChip({ exchange, viewerZone, time }: { exchange: ExchangeSummary; viewerZone: string; time?: string | null }) {
  return (
    <Link to={`/exchanges/${exchange.id}`} className="x-chip plain" data-status={exchange.status} data-mine={exchange.myStatus && exchange.myStatus !== 'declined' ? 'true' : undefined} aria-label={time ? `${time} ${eventLabel(exchange, viewerZone)}` : eventLabel(exchange, viewerZone)} title={eventLabel(exchange, viewerZone)}>
      {time && (
        <Text span fz={11} fw={600} className="x-chip-time">
          {time}
        </Text>
      )}
      <Text span fz={12} className="x-chip-title" lineClamp={2}>
        {exchange.title}
      </Text>
    </Link>
  );
}
