import { Group, Text, Tooltip } from '@mantine/core';
import { IconMoon } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { crossesMidnightFor, describePeriod } from '../model/time';

/**
 * A period in the host's zone with the viewer's beside it: "09:00–10:30 Tashkent (07:00–08:30 your
 * time, Tallinn)", and a hint when it runs over midnight for the viewer.
 */
export function Period({
  startsAt,
  endsAt,
  hostZone,
  viewerZone,
  withDate = false,
  stacked = false,
  size = 'sm',
}: {
  startsAt: string;
  endsAt: string;
  hostZone: string;
  viewerZone: string;
  withDate?: boolean;
  /** The viewer's time on a line of its own (narrow places). */
  stacked?: boolean;
  size?: string;
}) {
  const { host, viewer } = describePeriod(startsAt, endsAt, hostZone, viewerZone, { withDate });
  return (
    <Text size={size} component="span" style={{ display: 'inline' }}>
      <Text span inherit fw={500}>
        {host}
      </Text>
      {viewer && (
        <Text span inherit c="dimmed" display={stacked ? 'block' : undefined}>
          {' '}
          ({viewer})
        </Text>
      )}
      <MidnightHint startsAt={startsAt} endsAt={endsAt} viewerZone={viewerZone} hostZone={hostZone} />
    </Text>
  );
}

/** "Crosses midnight for you" when a period runs over midnight in the viewer's zone (but not in the host's: several days are no surprise). */
export function MidnightHint({ startsAt, endsAt, viewerZone, hostZone }: { startsAt: string; endsAt: string; viewerZone: string; hostZone: string }) {
  const intl = useIntl();
  if (!crossesMidnightFor(startsAt, endsAt, viewerZone) || crossesMidnightFor(startsAt, endsAt, hostZone)) return null;
  return (
    <Tooltip label={intl.formatMessage({ id: 'exchanges.period.midnightTooltip' })} withArrow>
      <Group component="span" gap={4} wrap="nowrap" ml={8} style={{ display: 'inline-flex', verticalAlign: 'middle' }} c="indigo.7">
        <IconMoon size={14} aria-hidden />
        <Text span size="xs" fw={600}>
          {intl.formatMessage({ id: 'exchanges.period.crossesMidnight' })}
        </Text>
      </Group>
    </Tooltip>
  );
}
