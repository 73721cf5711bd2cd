import { Anchor, Group, Stack, Text, Timeline } from '@mantine/core';
import type { ExchangeDetail } from '@peerhub/contracts';
import { localDays, toLocal } from '@peerhub/domain';
import { IconFile } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateKey, formatRange, sameClock, zoneCity } from '../model/time';
import { MidnightHint } from './period';

/** The programme by the host's days; each session in the host's time and mine. */
export function AgendaView({ exchange, viewerZone }: { exchange: ExchangeDetail; viewerZone: string }) {
  const intl = useIntl();
  if (exchange.agenda.length === 0) return <EmptyState title={intl.formatMessage({ id: 'exchanges.agenda.emptyTitle' })}>{intl.formatMessage({ id: 'exchanges.agenda.emptyText' })}</EmptyState>;
  const zone = exchange.timezone;
  const days = localDays(new Date(exchange.startsAt), new Date(exchange.endsAt), zone);
  const byDay = new Map<string, ExchangeDetail['agenda']>();
  for (const item of exchange.agenda) {
    const day = toLocal(new Date(item.startsAt), zone).date;
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const ordered = [...byDay.keys()].sort();
  return (
    <Stack gap="xl">
      {ordered.map((day) => {
        const n = days.indexOf(day);
        const date = formatDateKey(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
        return (
          <section key={day} aria-label={formatDateKey(day, { weekday: 'long', day: 'numeric', month: 'long' })}>
            <Text fw={650} mb="sm">
              {n >= 0 && days.length > 1 ? intl.formatMessage({ id: 'exchanges.agenda.day' }, { n: n + 1, date }) : date}
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                {intl.formatMessage({ id: 'exchanges.agenda.inCity' }, { city: zoneCity(zone) })}
              </Text>
            </Text>
            <Timeline bulletSize={12} lineWidth={2} color="peerhub">
              {(byDay.get(day) ?? []).map((item) => (
                <Timeline.Item key={item.id} title={<Text fw={600}>{item.topic}</Text>}>
                  <Text size="sm">
                    <Text span inherit fw={500}>
                      {formatRange(item.startsAt, item.endsAt, zone)} {zoneCity(zone)}
                    </Text>
                    {!sameClock(zone, viewerZone, item.startsAt) && (
                      <Text span inherit c="dimmed">
                        {' '}
                        (
                        {intl.formatMessage(
                          { id: 'exchanges.time.yourTime' },
                          {
                            when: `${toLocal(new Date(item.startsAt), viewerZone).date !== day ? `${formatDateKey(toLocal(new Date(item.startsAt), viewerZone).date, { weekday: 'short', day: 'numeric', month: 'short' })}, ` : ''}${formatRange(item.startsAt, item.endsAt, viewerZone)}`,
                            city: zoneCity(viewerZone),
                          },
                        )}
                        )
                      </Text>
                    )}
                    <MidnightHint startsAt={item.startsAt} endsAt={item.endsAt} viewerZone={viewerZone} hostZone={zone} />
                  </Text>
                  {item.speakers.length > 0 && (
                    <Text size="sm" c="dimmed" mt={2}>
                      {item.speakers.join(', ')}
                    </Text>
                  )}
                  {item.materials.length > 0 && (
                    <Group gap="md" mt={4}>
                      {item.materials.map((m) => (
                        <Anchor key={m.url} href={m.url} target="_blank" rel="noopener noreferrer" size="sm">
                          <Group gap={4} wrap="nowrap" component="span">
                            <IconFile size={14} aria-hidden />
                            {m.title}
                          </Group>
                        </Anchor>
                      ))}
                    </Group>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          </section>
        );
      })}
    </Stack>
  );
}
