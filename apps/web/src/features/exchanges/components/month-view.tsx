import { Box, Stack, Text, Title } from '@mantine/core';
import type { ExchangeSummary } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { daysOf, monthGrid, weekDays } from '../model/calendar';
import { dayKey, formatDateKey, formatTime } from '../model/time';
import { CalendarChip } from './calendar-chip';
import { ExchangeRow } from './exchange-row';

/** Mon to Sun in the page's language (the week of Monday 4 January 2021). */
const weekdayNames = () => weekDays('2021-01-04').map((d) => formatDateKey(d, { weekday: 'short' }));
const MAX_CHIPS = 3;

/** A month grid in the viewer's zone: each exchange on every local day it covers. */
export function MonthView({ date, today, exchanges, viewerZone, allianceNames }: { date: string; today: string; exchanges: ExchangeSummary[]; viewerZone: string; allianceNames: Map<string, string> }) {
  const intl = useIntl();
  const { first, days } = monthGrid(date);
  const month = first.slice(0, 7);
  const byDay = new Map<string, ExchangeSummary[]>();
  for (const e of exchanges) for (const d of daysOf(e, viewerZone)) byDay.set(d, [...(byDay.get(d) ?? []), e]);
  const inMonth = exchanges.filter((e) => daysOf(e, viewerZone).some((d) => d.startsWith(month)));
  return (
    <Stack gap="lg">
      <div className="x-month" role="grid" aria-label={intl.formatMessage({ id: 'exchanges.month.gridLabel' }, { month: formatDateKey(first, { month: 'long', year: 'numeric' }) })}>
        <div role="row" style={{ display: 'contents' }}>
          {weekdayNames().map((d) => (
            <div key={d} className="x-month-head" role="columnheader">
              {d}
            </div>
          ))}
        </div>
        {Array.from({ length: days.length / 7 }, (_, week) => (
          <div key={week} role="row" style={{ display: 'contents' }}>
            {days.slice(week * 7, week * 7 + 7).map((day) => {
              const events = byDay.get(day) ?? [];
              return (
                <div key={day} role="gridcell" className="x-month-cell" data-outside={!day.startsWith(month)} data-today={day === today} aria-label={formatDateKey(day, { weekday: 'long', day: 'numeric', month: 'long' })}>
                  <span className="x-day-number" aria-hidden>
                    {Number(day.slice(8))}
                  </span>
                  {events.slice(0, MAX_CHIPS).map((e) => (
                    <CalendarChip key={e.id} exchange={e} viewerZone={viewerZone} time={dayKey(e.startsAt, viewerZone) === day ? formatTime(e.startsAt, viewerZone) : null} />
                  ))}
                  {events.length > MAX_CHIPS && (
                    <Text fz={11} c="dimmed" px={4}>
                      {intl.formatMessage({ id: 'exchanges.month.more' }, { count: events.length - MAX_CHIPS })}
                    </Text>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {/* On a phone the cells only carry bars: the month's exchanges are listed under the grid. */}
      <Box hiddenFrom="sm">
        <Title order={2} fz="md" mb="sm">
          {intl.formatMessage({ id: 'exchanges.month.thisMonth' })}
        </Title>
        {inMonth.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'exchanges.month.empty' })} />
        ) : (
          <Stack gap="sm">
            {inMonth.map((e) => (
              <ExchangeRow key={e.id} exchange={e} viewerZone={viewerZone} allianceName={allianceNames.get(e.allianceId)} />
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
