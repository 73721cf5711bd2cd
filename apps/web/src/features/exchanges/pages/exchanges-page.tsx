import { ActionIcon, Button, Group, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import type { ExchangeSummary } from '@peerhub/contracts';
import { can, utcOffsetLabel } from '@peerhub/domain';
import { IconCalendarEvent, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useExchanges, type ExchangeFilters } from '../api/get-exchanges';
import { useGroupNames } from '../hooks/use-group-names';
import { CalendarFeedCard } from '../components/calendar-feed-card';
import { ExchangeRow } from '../components/exchange-row';
import { MonthView } from '../components/month-view';
import { WeekView } from '../components/week-view';
import '../exchanges.css';
import { monthGrid, shiftMonth, weekDays, type CalendarView } from '../model/calendar';
import { addDays, dayKey, formatDateKey, instantOf, useViewerZone, zoneCity } from '../model/time';

/** The exchanges of my alliances (or mine only) as a month, a week or a list, in my time zone. */
export function ExchangesPage() {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const zone = useViewerZone();
  const now = useNow();
  const today = dayKey(now, zone);
  const [params, setParams] = useSearchParams();
  const view = (['month', 'week', 'list'].includes(params.get('view') ?? '') ? params.get('view') : 'month') as CalendarView;
  const scope = params.get('scope') === 'mine' ? 'mine' : 'all';
  const allianceId = params.get('alliance') ?? '';
  const groupId = params.get('group') ?? '';
  const groupNames = useGroupNames();
  // Linked groups filter on the page: an exchange linked to the group, in every view.
  const ofGroup = (items: ExchangeSummary[]) => (groupId ? items.filter((e) => e.groupIds.includes(groupId)) : items);
  const groupOptions = useMemo(() => [{ value: '', label: intl.formatMessage({ id: 'exchanges.list.allGroups' }) }, ...[...groupNames].map(([value, label]) => ({ value, label }))], [groupNames, intl]);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? (params.get('date') as string) : today;
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );

  const alliances = me.memberships.filter((m) => m.status === 'active');
  const allianceNames = useMemo(() => new Map(alliances.map((m) => [m.allianceId, m.allianceName])), [alliances]);
  const creatable = alliances.filter((m) => can(actor, 'exchange.create', { allianceId: m.allianceId }));

  // The range each view needs, as instants of my local midnights.
  const range = useMemo(() => {
    if (view === 'month') {
      const { days } = monthGrid(date);
      return { from: instantOf(days[0] ?? date, '00:00', zone), to: instantOf(addDays(days.at(-1) ?? date, 1), '00:00', zone) };
    }
    if (view === 'week') {
      const days = weekDays(date);
      return { from: instantOf(days[0] ?? date, '00:00', zone), to: instantOf(addDays(days[6] ?? date, 1), '00:00', zone) };
    }
    return { from: instantOf(today, '00:00', zone), to: null };
  }, [view, date, zone, today]);

  const filters: ExchangeFilters = { pageSize: 100, ...(scope === 'mine' ? { mine: 'true' } : {}), ...(allianceId ? { allianceId } : {}), ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  const exchanges = useExchanges(filters);
  // The list view also shows the last months' exchanges, most recent first.
  const pastFrom = instantOf(shiftMonth(today, -6), '00:00', zone);
  const pastFilters: ExchangeFilters = { pageSize: 100, ...(scope === 'mine' ? { mine: 'true' } : {}), ...(allianceId ? { allianceId } : {}), ...(pastFrom ? { from: pastFrom } : {}), ...(range.from ? { to: range.from } : {}) };
  const past = useExchanges(pastFilters, view === 'list');

  const step = (direction: 1 | -1) => set({ date: view === 'month' ? shiftMonth(date, direction) : addDays(date, 7 * direction) });
  const title =
    view === 'month'
      ? capitalise(formatDateKey(monthGrid(date).first, { month: 'long', year: 'numeric' }))
      : view === 'week'
        ? weekTitle(weekDays(date))
        : intl.formatMessage({ id: 'exchanges.list.upcoming' });

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'exchanges.title' })}
        title={intl.formatMessage({ id: 'exchanges.title' })}
        description={intl.formatMessage({ id: 'exchanges.list.description' }, { city: zoneCity(zone), offset: utcOffsetLabel(zone, now) })}
        actions={
          creatable.length > 0 && (
            <Button component={Link} to={creatable.length === 1 || allianceId ? `/exchanges/new?allianceId=${allianceId || creatable[0]?.allianceId}` : '/exchanges/new'} leftSection={<IconPlus size={16} />}>
              {intl.formatMessage({ id: 'exchanges.new' })}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              aria-label={intl.formatMessage({ id: 'exchanges.list.whose' })}
              data={[
                { value: 'mine', label: intl.formatMessage({ id: 'exchanges.list.mine' }) },
                { value: 'all', label: intl.formatMessage({ id: 'exchanges.list.allAlliances' }) },
              ]}
              value={scope}
              onChange={(v) => set({ scope: v === 'all' ? null : v })}
            />
            {alliances.length > 1 && (
              <Select
                aria-label={intl.formatMessage({ id: 'exchanges.form.alliance' })}
                data={[{ value: '', label: intl.formatMessage({ id: 'exchanges.list.allAlliancesOption' }) }, ...alliances.map((m) => ({ value: m.allianceId, label: m.allianceName }))]}
                value={allianceId}
                onChange={(v) => set({ alliance: v || null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 300 }}
                comboboxProps={{ width: 'target' }}
              />
            )}
            {groupNames.size > 0 && (
              <Select
                aria-label={intl.formatMessage({ id: 'exchanges.list.linkedGroup' })}
                data={groupOptions}
                value={groupNames.has(groupId) ? groupId : ''}
                onChange={(v) => set({ group: v || null })}
                allowDeselect={false}
                searchable
                w={{ base: '100%', xs: 240 }}
                comboboxProps={{ width: 'target' }}
              />
            )}
          </Group>
          <SegmentedControl
            aria-label={intl.formatMessage({ id: 'exchanges.list.view' })}
            data={[
              { value: 'month', label: intl.formatMessage({ id: 'exchanges.list.month' }) },
              { value: 'week', label: intl.formatMessage({ id: 'exchanges.list.week' }) },
              { value: 'list', label: intl.formatMessage({ id: 'exchanges.list.list' }) },
            ]}
            value={view}
            onChange={(v) => set({ view: v === 'month' ? null : v })}
          />
        </Group>
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={2} fz={{ base: 'lg', sm: 22 }}>
              {title}
            </Title>
            {exchanges.isFetching && <Loader size="xs" aria-label={intl.formatMessage({ id: 'exchanges.list.loading' })} />}
          </Group>
          {view !== 'list' && (
            <Group gap={6} wrap="nowrap">
              <ActionIcon variant="default" size={34} onClick={() => step(-1)} aria-label={intl.formatMessage({ id: view === 'month' ? 'exchanges.list.previousMonth' : 'exchanges.list.previousWeek' })}>
                <IconChevronLeft size={18} />
              </ActionIcon>
              <Button variant="default" size="sm" onClick={() => set({ date: null })} disabled={view === 'month' ? date.slice(0, 7) === today.slice(0, 7) : weekDays(date)[0] === weekDays(today)[0]}>
                {intl.formatMessage({ id: 'exchanges.list.today' })}
              </Button>
              <ActionIcon variant="default" size={34} onClick={() => step(1)} aria-label={intl.formatMessage({ id: view === 'month' ? 'exchanges.list.nextMonth' : 'exchanges.list.nextWeek' })}>
                <IconChevronRight size={18} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <QueryState query={exchanges}>
          {(page) =>
            view === 'month' ? (
              <MonthView date={date} today={today} exchanges={ofGroup(page.items)} viewerZone={zone} allianceNames={allianceNames} />
            ) : view === 'week' ? (
              <WeekView date={date} today={today} exchanges={ofGroup(page.items)} viewerZone={zone} allianceNames={allianceNames} />
            ) : (
              <ListView upcoming={ofGroup(page.items)} past={ofGroup(past.data?.items ?? [])} viewerZone={zone} allianceNames={allianceNames} groupNames={groupNames} scope={scope} />
            )
          }
        </QueryState>
        <CalendarFeedCard />
      </Stack>
    </>
  );
}

/** "март 2027 г." → "Март 2027 г." (English month names already start with a capital). */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function weekTitle(days: string[]): string {
  const first = days[0] ?? '';
  const last = days[6] ?? '';
  const sameMonth = first.slice(0, 7) === last.slice(0, 7);
  return `${formatDateKey(first, sameMonth ? { day: 'numeric' } : { day: 'numeric', month: 'short' })} – ${formatDateKey(last, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

function ListView({
  upcoming,
  past,
  viewerZone,
  allianceNames,
  groupNames,
  scope,
}: {
  upcoming: ExchangeSummary[];
  past: ExchangeSummary[];
  viewerZone: string;
  allianceNames: Map<string, string>;
  groupNames: Map<string, string>;
  scope: string;
}) {
  const intl = useIntl();
  const shown = new Set(upcoming.map((e) => e.id));
  const recent = past.filter((e) => !shown.has(e.id)).reverse();
  if (upcoming.length === 0 && recent.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: scope === 'mine' ? 'exchanges.list.emptyMineTitle' : 'exchanges.list.emptyTitle' })} icon={<IconCalendarEvent size={22} stroke={1.6} />}>
        {scope === 'mine' ? intl.formatMessage({ id: 'exchanges.list.emptyMineText' }, { all: intl.formatMessage({ id: 'exchanges.list.allAlliances' }) }) : intl.formatMessage({ id: 'exchanges.list.emptyText' })}
      </EmptyState>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        {upcoming.length === 0 ? (
          <Text c="dimmed" size="sm">
            {intl.formatMessage({ id: 'exchanges.list.nothingComingUp' })}
          </Text>
        ) : (
          upcoming.map((e) => <ExchangeRow key={e.id} exchange={e} viewerZone={viewerZone} allianceName={allianceNames.get(e.allianceId)} groupNames={groupNames} />)
        )}
      </Stack>
      {recent.length > 0 && (
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {intl.formatMessage({ id: 'exchanges.list.recent' })}
          </Title>
          {recent.map((e) => (
            <ExchangeRow key={e.id} exchange={e} viewerZone={viewerZone} allianceName={allianceNames.get(e.allianceId)} groupNames={groupNames} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
