import { useIntl } from 'react-intl';
import { Select, type SelectProps } from '@mantine/core';
import { utcOffsetLabel } from '@peerhub/domain';
import { useMemo } from 'react';
import { useNow } from '../../lib/use-now';
import { TIME_ZONES } from './labels';

/** Searchable select of every IANA zone, each with its current UTC offset ("Asia/Almaty · UTC+5"). */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const intl = useIntl();
  const now = useNow(10 * 60_000);
  const data = useMemo(() => TIME_ZONES.map((zone) => ({ value: zone, label: zone === 'UTC' ? 'UTC' : `${zone.replaceAll('_', ' ')} · ${utcOffsetLabel(zone, now)}` })), [now]);
  return <Select searchable allowDeselect={false} limit={200} nothingFoundMessage={intl.formatMessage({ id: 'timeZone.none' })} {...props} data={data} />;
}
