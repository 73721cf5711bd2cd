import { Card, Group, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import type { ExchangeSummary } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { CardLink } from '../../../components/ui/card-link';
import { countryName, Flag } from '../../../components/ui/country';
import { formatName } from '../model/labels';
import { dayParts } from '../model/time';
import { eventDetails } from './calendar-chip';
import { InvitedBadge, MyStatusBadge, StatusBadge, TypeBadge } from './exchange-badges';
import { Period } from './period';

function Seats({ exchange }: { exchange: ExchangeSummary }) {
  const intl = useIntl();
  const text =
    exchange.capacity === null
      ? intl.formatMessage({ id: 'exchanges.seats.going' }, { going: exchange.going })
      : intl.formatMessage({ id: 'exchanges.seats.goingOf' }, { going: exchange.going, capacity: exchange.capacity });
  return (
    <Text size="xs" c="dimmed">
      {text}
      {exchange.waitlisted > 0 ? ` · ${intl.formatMessage({ id: 'exchanges.seats.onWaitlist' }, { count: exchange.waitlisted })}` : ''}
    </Text>
  );
}

/** The linked peer groups I can see, by name (invite-only groups I am not in stay unnamed). */
function LinkedGroups({ groupIds, groupNames }: { groupIds: string[]; groupNames: Map<string, string> }) {
  const intl = useIntl();
  const names = groupIds.flatMap((id) => groupNames.get(id) ?? []);
  if (names.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
      <IconUsersGroup size={13} color="var(--mantine-color-gray-6)" aria-hidden style={{ flex: 'none' }} />
      <Text size="xs" c="dimmed" truncate aria-label={intl.formatMessage({ id: 'exchanges.row.linkedGroups' }, { names: names.join(', ') })}>
        {names.join(' · ')}
      </Text>
    </Group>
  );
}

/** One exchange in a list: its date in my zone, what and where, the time in the host's and my zone, badges, linked groups. */
export function ExchangeRow({ exchange, viewerZone, allianceName, groupNames }: { exchange: ExchangeSummary; viewerZone: string; allianceName?: string | undefined; groupNames?: Map<string, string> | undefined }) {
  const { weekday, day, month } = dayParts(exchange.startsAt, viewerZone);
  return (
    <Card withBorder padding="md" className="card-link">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <div className="x-date-box" aria-hidden>
          <Text fz={11} fw={600} tt="uppercase" lh={1.2}>
            {weekday}
          </Text>
          <Text fz={22} fw={700} lh={1.1}>
            {day}
          </Text>
          <Text fz={11} fw={600} tt="uppercase" lh={1.2}>
            {month}
          </Text>
        </div>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap">
            <TypeBadge type={exchange.type} />
            {exchange.status !== 'published' && <StatusBadge status={exchange.status} />}
            <MyStatusBadge status={exchange.myStatus} />
            {exchange.status === 'draft' && exchange.invited && <InvitedBadge />}
          </Group>
          <Text fw={650} td={exchange.status === 'cancelled' ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
            <CardLink to={`/exchanges/${exchange.id}`} detail={eventDetails(exchange, viewerZone)} title={exchange.title} />
          </Text>
          <Period startsAt={exchange.startsAt} endsAt={exchange.endsAt} hostZone={exchange.timezone} viewerZone={viewerZone} withDate />
          <Group gap={8} wrap="wrap">
            <Group gap={6} wrap="nowrap">
              <Flag code={exchange.hostCountry} size={12} />
              <Text size="xs" c="dimmed">
                {countryName(exchange.hostCountry)} · {formatName(exchange.format)}
                {allianceName ? ` · ${allianceName}` : ''}
              </Text>
            </Group>
            <Seats exchange={exchange} />
            {groupNames && <LinkedGroups groupIds={exchange.groupIds} groupNames={groupNames} />}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
