import { Group, Text } from '@mantine/core';
import { utcOffsetLabel } from '@peerhub/domain';
import { IconClock } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useNow } from '../../../lib/use-now';

/** "14:05 local time · UTC+5": when a peer is at work, before you write to them. */
export function LocalTime({ zone }: { zone: string }) {
  const intl = useIntl();
  const now = useNow();
  let time: string;
  let offset: string;
  try {
    time = new Intl.DateTimeFormat(intl.locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(now);
    offset = utcOffsetLabel(zone, now);
  } catch {
    return null;
  }
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" title={zone}>
      <IconClock size={14} aria-hidden />
      <Text size="xs">
        {intl.formatMessage({ id: 'people.localTime' }, { time, offset })}
      </Text>
    </Group>
  );
}
