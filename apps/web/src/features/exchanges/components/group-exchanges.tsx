import { Button, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { useNow } from '../../../lib/use-now';
import { useExchanges } from '../api/get-exchanges';
import { useViewerZone } from '../model/time';
import { ExchangeRow } from './exchange-row';

/** A peer group's upcoming exchanges: the alliance's upcoming ones linked to the group. */
export function GroupExchanges({ allianceId, groupId }: { allianceId: string; groupId: string }) {
  const intl = useIntl();
  const zone = useViewerZone();
  const now = useNow(10 * 60_000);
  // The hour, so the query key stays put while the page is open.
  const from = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const upcoming = useExchanges({ allianceId, from, pageSize: 50 });
  const linked = (upcoming.data?.items ?? []).filter((e) => e.groupIds.includes(groupId));

  if (upcoming.isPending) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'common.loading' })}
      </Text>
    );
  }
  if (linked.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'exchanges.group.emptyTitle' })} icon={<IconCalendarEvent size={22} stroke={1.6} />}>
        {intl.formatMessage({ id: 'exchanges.group.emptyText' })}
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      {linked.slice(0, 5).map((e) => (
        <ExchangeRow key={e.id} exchange={e} viewerZone={zone} />
      ))}
      <Button component={Link} to={`/exchanges?view=list&alliance=${allianceId}&scope=all`} variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }}>
        {intl.formatMessage({ id: 'exchanges.group.all' })}
      </Button>
    </Stack>
  );
}
