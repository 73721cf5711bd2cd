import { Box, Stack, Text } from '@mantine/core';
import type { ExchangeSummary } from '@peerhub/contracts';
import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { daysOf, isMultiDay, timedSegments, weekDays } from '../model/calendar';
import { formatDateKey } from '../model/time';
import { CalendarChip, eventLabel } from './calendar-chip';
import { ExchangeRow } from './exchange-row';

const HOUR_PX = 44;
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** Seven columns in the viewer's zone; exchanges placed by their local hours (several days: a band on top). */
export function WeekView({ date, today, exchanges, viewerZone, allianceNames }: { date: string; today: string; exchanges: ExchangeSummary[]; viewerZone: string; allianceNames: Map<string, string> }) {
  const intl = useIntl();
  const days = weekDays(date);
  const segments = timedSegments(exchanges, days, viewerZone);
  const allDay = exchanges.filter(isMultiDay);
  const all = [...segments.values()].flat();
  // Working hours by default; wider when an exchange needs it.
  const firstHour = Math.min(8, ...all.map((s) => Math.floor(s.start / 60)));
  const lastHour = Math.max(19, ...all.map((s) => Math.ceil(s.end / 60)));
  const height = (lastHour - firstHour) * HOUR_PX;
  const hours = Array.from({ length: lastHour - firstHour + 1 }, (_, i) => firstHour + i);

  return (
    <>
      <Box visibleFrom="sm">
        <div className="x-week" style={{ '--x-hour': `${HOUR_PX}px` } as CSSProperties} role="group" aria-label={intl.formatMessage({ id: 'exchanges.week.gridLabel' }, { date: formatDateKey(days[0] ?? date, { day: 'numeric', month: 'long', year: 'numeric' }) })}>
          <div className="x-week-day-head" style={{ borderLeft: 0 }} />
          {days.map((d) => (
            <div key={d} className="x-week-day-head x-week-day" data-today={d === today}>
              <Text fz={11} fw={600} c="dimmed" tt="uppercase">
                {formatDateKey(d, { weekday: 'short' })}
              </Text>
              <span className="x-day-number">{Number(d.slice(8))}</span>
            </div>
          ))}
          {allDay.length > 0 && (
            <>
              <Text fz={10} c="dimmed" ta="right" pr={6} pt={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                {intl.formatMessage({ id: 'exchanges.week.allDays' })}
              </Text>
              {days.map((d) => (
                <div key={d} className="x-week-allday">
                  {allDay
                    .filter((e) => daysOf(e, viewerZone).includes(d))
                    .map((e) => (
                      <CalendarChip key={e.id} exchange={e} viewerZone={viewerZone} />
                    ))}
                </div>
              ))}
            </>
          )}
          <div className="x-week-gutter" style={{ height }} aria-hidden>
            {hours.slice(0, -1).map((h) => (
              <span key={h} className="x-week-hour" style={{ top: (h - firstHour) * HOUR_PX, ...(h === firstHour ? { transform: 'none' } : {}) }}>
                {pad(h)}:00
              </span>
            ))}
          </div>
          {days.map((d) => (
            <div key={d} className="x-week-col" data-today={d === today} style={{ height, backgroundPositionY: 0 }}>
              {(segments.get(d) ?? []).map((s) => {
                const top = ((s.start - firstHour * 60) / 60) * HOUR_PX;
                const h = Math.max(((s.end - s.start) / 60) * HOUR_PX, 22);
                return (
                  <Link
                    key={`${s.exchange.id}-${d}`}
                    to={`/exchanges/${s.exchange.id}`}
                    className="x-week-event plain"
                    data-status={s.exchange.status}
                    aria-label={eventLabel(s.exchange, viewerZone)}
                    title={eventLabel(s.exchange, viewerZone)}
                    style={{ top, height: h - 2, left: `calc(${(s.lane / s.lanes) * 100}% + 2px)`, width: `calc(${100 / s.lanes}% - 4px)` }}
                  >
                    <Text fz={11} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {s.continuesBefore ? '… ' : ''}
                      {clock(s.start)}–{clock(s.end)}
                      {s.continuesAfter ? ' …' : ''}
                    </Text>
                    <Text fz={12} fw={s.exchange.myStatus && s.exchange.myStatus !== 'declined' ? 650 : 500} lineClamp={Math.max(1, Math.floor((h - 24) / 16))}>
                      {s.exchange.title}
                    </Text>
                  </Link>
                );
              })}
            </div>
          ))}
        </div>
      </Box>
      {/* Phones: the week as seven short lists. */}
      <Stack hiddenFrom="sm" gap="md">
        {days.map((d) => {
          const events = exchanges.filter((e) => daysOf(e, viewerZone).includes(d));
          return (
            <div key={d}>
              <Text fw={650} size="sm" c={d === today ? 'peerhub.7' : undefined} mb={6}>
                {formatDateKey(d, { weekday: 'long', day: 'numeric', month: 'long' })}
                {d === today ? ` · ${intl.formatMessage({ id: 'exchanges.week.today' })}` : ''}
              </Text>
              {events.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'exchanges.week.nothingPlanned' })}
                </Text>
              ) : (
                <Stack gap="xs">
                  {events.map((e) => (
                    <ExchangeRow key={e.id} exchange={e} viewerZone={viewerZone} allianceName={allianceNames.get(e.allianceId)} />
                  ))}
                </Stack>
              )}
            </div>
          );
        })}
      </Stack>
    </>
  );
}
