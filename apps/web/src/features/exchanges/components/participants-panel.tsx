import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail, Participant } from '@peerhub/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useDecideApproval } from '../api/decide-approval';
import { useParticipants } from '../api/get-participants';
import { useRecordAttendance } from '../api/record-attendance';
import { MY_STATUS_COLORS, myStatusName } from '../model/labels';

const ORDER: Participant['status'][] = ['pending-approval', 'going', 'waitlisted', 'maybe', 'declined'];

/** Participants grouped by country; the organiser admits those waiting and, once it has started, records who attended. */
export function ParticipantsPanel({ exchange, manage, started }: { exchange: ExchangeDetail; manage: boolean; started: boolean }) {
  const participants = useParticipants(exchange.id);
  return <QueryState query={participants}>{({ items }) => <Participants exchange={exchange} items={items} manage={manage} started={started} />}</QueryState>;
}

function Participants({ exchange, items, manage, started }: { exchange: ExchangeDetail; items: Participant[]; manage: boolean; started: boolean }) {
  const intl = useIntl();
  const decide = useDecideApproval();
  const record = useRecordAttendance();
  const [attendance, setAttendance] = useState<Record<string, boolean>>({});
  const attending = items.filter((p) => p.status === 'going' || p.attended !== null);
  const takingAttendance = manage && started && exchange.status !== 'cancelled';
  const visible = items.filter((p) => p.status !== 'declined' || manage);

  if (visible.length === 0) return <EmptyState title={intl.formatMessage({ id: 'exchanges.participants.emptyTitle' })}>{intl.formatMessage({ id: 'exchanges.participants.emptyText' })}</EmptyState>;

  const byCountry = new Map<string, Participant[]>();
  for (const p of visible) byCountry.set(p.country ?? '', [...(byCountry.get(p.country ?? '') ?? []), p]);
  const countries = [...byCountry.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));

  const approve = (p: Participant, yes: boolean) =>
    decide.mutate(
      { id: exchange.id, personId: p.personId, approve: yes },
      {
        onSuccess: () => notifications.show({ color: yes ? 'green' : 'gray', title: intl.formatMessage({ id: yes ? 'exchanges.participants.admitted' : 'exchanges.participants.refused' }), message: p.name }),
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.actions.notChanged' }), message: errorMessage(e) }),
      },
    );
  const saveAttendance = () =>
    record.mutate(
      { id: exchange.id, attendance: attending.map((p) => ({ personId: p.personId, attended: attendance[p.personId] ?? p.attended ?? false })) },
      {
        onSuccess: () =>
          notifications.show({
            color: 'peerhub',
            title: intl.formatMessage({ id: 'exchanges.participants.attendanceSaved' }),
            message: intl.formatMessage({ id: 'exchanges.participants.attendedCount' }, { count: attending.filter((p) => attendance[p.personId] ?? p.attended).length }),
          }),
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.registration.notSaved' }), message: errorMessage(e) }),
      },
    );

  return (
    <Stack gap="lg">
      {takingAttendance && (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'exchanges.participants.tickAttended' })}
        </Text>
      )}
      {countries.map(([country, people]) => (
        <div key={country || 'none'}>
          <Group gap="xs" mb={6}>
            <CountryName code={(country || null) as Participant['country']} size="sm" />
            <Text size="xs" c="dimmed">
              {people.length}
            </Text>
          </Group>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {[...people]
              .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.name.localeCompare(b.name))
              .map((p) => (
                <Group key={p.personId} component="li" justify="space-between" wrap="nowrap" gap="sm" py={4} px="xs" style={{ borderRadius: 6, background: 'var(--mantine-color-gray-0)' }} aria-label={`${p.name}, ${myStatusName(p.status)}`}>
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    {takingAttendance && (p.status === 'going' || p.attended !== null) && (
                      <Checkbox
                        aria-label={intl.formatMessage({ id: 'exchanges.participants.attendedLabel' }, { name: p.name })}
                        checked={attendance[p.personId] ?? p.attended ?? false}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setAttendance((a) => ({ ...a, [p.personId]: checked }));
                        }}
                      />
                    )}
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate component={Link} to={`/people/${p.personId}`} className="plain">
                        {p.name}
                      </Text>
                      {p.organisationName && (
                        <Text size="xs" c="dimmed" truncate>
                          {p.organisationName}
                        </Text>
                      )}
                    </div>
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    {p.attended === true && (
                      <Badge size="xs" variant="light" color="teal">
                        {intl.formatMessage({ id: 'exchanges.participants.attended' })}
                      </Badge>
                    )}
                    {p.authorisation === 'pending' && p.status !== 'declined' && (
                      <Tooltip label={intl.formatMessage({ id: 'exchanges.participants.authoriserTooltip' })} withArrow>
                        <Badge size="xs" variant="outline" color="yellow">
                          {intl.formatMessage({ id: 'exchanges.participants.awaitingAuthoriser' })}
                        </Badge>
                      </Tooltip>
                    )}
                    <Badge size="sm" variant="light" color={MY_STATUS_COLORS[p.status]}>
                      {myStatusName(p.status)}
                    </Badge>
                    {manage && p.status === 'pending-approval' && (
                      <>
                        <Tooltip label={intl.formatMessage({ id: 'exchanges.participants.admit' }, { name: p.name })} withArrow>
                          <ActionIcon color="green" variant="light" onClick={() => approve(p, true)} aria-label={intl.formatMessage({ id: 'exchanges.participants.admit' }, { name: p.name })} loading={decide.isPending && decide.variables.personId === p.personId}>
                            <IconCheck size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={intl.formatMessage({ id: 'exchanges.participants.refuse' }, { name: p.name })} withArrow>
                          <ActionIcon color="red" variant="subtle" onClick={() => approve(p, false)} aria-label={intl.formatMessage({ id: 'exchanges.participants.refuse' }, { name: p.name })}>
                            <IconX size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Group>
              ))}
          </Stack>
        </div>
      ))}
      {takingAttendance && attending.length > 0 && (
        <Group justify="flex-end">
          <Button onClick={saveAttendance} loading={record.isPending}>
            {intl.formatMessage({ id: 'exchanges.participants.saveAttendance' })}
          </Button>
        </Group>
      )}
      {manage && !started && exchange.status === 'published' && (
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'exchanges.participants.attendanceLater' })}
        </Text>
      )}
    </Stack>
  );
}
