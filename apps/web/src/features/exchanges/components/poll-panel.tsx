import { ActionIcon, Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail, Poll, PollAnswerValue, PollSlot } from '@peerhub/contracts';
import { SetPollSlots } from '@peerhub/contracts';
import { toLocal } from '@peerhub/domain';
import { IconCalendarCheck, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/locale-store';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useAnswerPoll } from '../api/answer-poll';
import { useChooseSlot } from '../api/choose-slot';
import { usePoll } from '../api/get-poll';
import { useSetPoll } from '../api/set-poll';
import { dayKey, formatDay, formatRange, formatShortDay, formatTime, instantOf, sameClock, zoneCity } from '../model/time';
import { MidnightHint } from './period';
import { localText } from '../../../i18n/outside-texts';

const ANSWER_OPTIONS: Array<{ value: PollAnswerValue; labelId: MessageId }> = [
  { value: 'yes', labelId: 'exchanges.poll.yes' },
  { value: 'if-need-be', labelId: 'exchanges.poll.ifNeedBe' },
  { value: 'no', labelId: 'exchanges.poll.no' },
];

/** Finding a time together: the organiser proposes times, everyone answers in their own zone, the best one becomes the exchange's. */
export function PollPanel({ exchange, manage, viewerZone }: { exchange: ExchangeDetail; manage: boolean; viewerZone: string }) {
  const poll = usePoll(exchange.id);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={poll}>
      {(p) =>
        editing || (manage && p.slots.length === 0) ? (
          manage ? (
            <ProposeTimes exchange={exchange} poll={p} viewerZone={viewerZone} onDone={() => setEditing(false)} canCancel={p.slots.length > 0} />
          ) : null
        ) : (
          <PollAnswers exchange={exchange} poll={p} manage={manage} viewerZone={viewerZone} onEdit={() => setEditing(true)} />
        )
      }
    </QueryState>
  );
}

/** "Tue 11 Mar 2027, 07:00–08:30 your time" and, when the host's clock differs, "09:00–10:30 in Tashkent". */
function SlotTime({ slot, hostZone, viewerZone }: { slot: Pick<PollSlot, 'startsAt' | 'endsAt'>; hostZone: string; viewerZone: string }) {
  const intl = useIntl();
  const same = sameClock(hostZone, viewerZone, slot.startsAt);
  const otherDay = dayKey(slot.startsAt, hostZone) !== dayKey(slot.startsAt, viewerZone);
  return (
    <div>
      <Text fw={600} size="sm">
        {formatDay(slot.startsAt, viewerZone)}, {formatRange(slot.startsAt, slot.endsAt, viewerZone)} {same ? intl.formatMessage({ id: 'exchanges.poll.cityTime' }, { city: zoneCity(hostZone) }) : intl.formatMessage({ id: 'exchanges.poll.yourTime' })}
        <MidnightHint startsAt={slot.startsAt} endsAt={slot.endsAt} viewerZone={viewerZone} hostZone={hostZone} />
      </Text>
      {!same && (
        <Text size="xs" c="dimmed">
          {intl.formatMessage(
            { id: 'exchanges.poll.inCity' },
            { when: `${otherDay ? `${formatShortDay(slot.startsAt, hostZone)}, ` : ''}${formatRange(slot.startsAt, slot.endsAt, hostZone)}`, city: zoneCity(hostZone) },
          )}
        </Text>
      )}
    </div>
  );
}

function PollAnswers({ exchange, poll, manage, viewerZone, onEdit }: { exchange: ExchangeDetail; poll: Poll; manage: boolean; viewerZone: string; onEdit: () => void }) {
  const intl = useIntl();
  const answer = useAnswerPoll();
  const choose = useChooseSlot();
  const closed = exchange.status === 'cancelled' || exchange.status === 'completed';
  const settled = poll.slots.some((s) => s.startsAt === exchange.startsAt && s.endsAt === exchange.endsAt);
  if (poll.slots.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: exchange.status === 'draft' ? 'exchanges.poll.noTimesDraft' : 'exchanges.poll.noTimes' })}
      </Text>
    );
  }
  const give = (slot: PollSlot, value: PollAnswerValue) =>
    answer.mutate({ id: exchange.id, body: { answers: [{ slotId: slot.id, answer: value }] } }, { onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.poll.answerNotSaved' }), message: errorMessage(e) }) });
  const use = (slot: PollSlot) =>
    choose.mutate(
      { id: exchange.id, slotId: slot.id },
      {
        onSuccess: (e) =>
          notifications.show({
            color: 'peerhub',
            title: intl.formatMessage({ id: 'exchanges.poll.timeSet' }),
            message: intl.formatMessage(
              { id: e.status === 'published' ? 'exchanges.poll.timeSetToldMessage' : 'exchanges.poll.timeSetMessage' },
              { when: `${formatDay(e.startsAt, e.timezone)}, ${formatTime(e.startsAt, e.timezone)} ${zoneCity(e.timezone)}` },
            ),
          }),
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.poll.timeNotChanged' }), message: errorMessage(e) }),
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {settled ? `${intl.formatMessage({ id: 'exchanges.poll.settled' })} ` : ''}
          {intl.formatMessage({ id: 'exchanges.poll.respondents' }, { count: poll.respondents })} {intl.formatMessage({ id: 'exchanges.poll.inYourZone' }, { city: zoneCity(viewerZone) })}
        </Text>
        {manage && !closed && (
          <Button variant="default" size="xs" onClick={onEdit}>
            {intl.formatMessage({ id: 'exchanges.poll.change' })}
          </Button>
        )}
      </Group>
      {manage && exchange.status === 'draft' && (
        <Alert variant="light" color="yellow" p="sm">
          <Text size="sm">{intl.formatMessage({ id: 'exchanges.poll.draftNote' })}</Text>
        </Alert>
      )}
      <Stack gap="sm" role="list" aria-label={intl.formatMessage({ id: 'exchanges.poll.proposedTimes' })}>
        {poll.slots.map((slot) => {
          const best = slot.id === poll.bestSlotId;
          const current = slot.startsAt === exchange.startsAt && slot.endsAt === exchange.endsAt;
          const label = `${formatDay(slot.startsAt, viewerZone)}, ${formatRange(slot.startsAt, slot.endsAt, viewerZone)}`;
          return (
            <Card key={slot.id} withBorder padding="md" role="listitem" aria-label={best ? intl.formatMessage({ id: 'exchanges.poll.bestLabel' }, { slot: label }) : label} className={best ? 'x-best-slot' : undefined} data-best={best || undefined}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <SlotTime slot={slot} hostZone={exchange.timezone} viewerZone={viewerZone} />
                  <Group gap={6}>
                    {best && (
                      <Badge color="teal" variant="filled" leftSection={<IconStar size={12} />}>
                        {intl.formatMessage({ id: 'exchanges.poll.best' })}
                      </Badge>
                    )}
                    {current && (
                      <Badge color="peerhub" variant="light" leftSection={<IconCalendarCheck size={12} />}>
                        {intl.formatMessage({ id: 'exchanges.poll.current' })}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Group justify="space-between" gap="sm" wrap="wrap">
                  <Text size="sm" c="dimmed">
                    <Text span c="green.8" fw={600}>
                      {intl.formatMessage({ id: 'exchanges.poll.yesCount' }, { count: slot.yes })}
                    </Text>{' '}
                    · {intl.formatMessage({ id: 'exchanges.poll.ifNeedBeCount' }, { count: slot.ifNeedBe })} · {intl.formatMessage({ id: 'exchanges.poll.noCount' }, { count: slot.no })}
                  </Text>
                  <Group gap="sm" wrap="wrap">
                    {!closed && (
                      <SegmentedControl
                        size="xs"
                        aria-label={intl.formatMessage({ id: 'exchanges.poll.yourAnswerFor' }, { slot: label })}
                        data={ANSWER_OPTIONS.map(({ value, labelId }) => ({ value, label: intl.formatMessage({ id: labelId }) }))}
                        value={slot.myAnswer ?? ''}
                        onChange={(v) => give(slot, v as PollAnswerValue)}
                        color={slot.myAnswer === 'yes' ? 'green' : slot.myAnswer === 'no' ? 'red' : slot.myAnswer ? 'yellow' : undefined}
                      />
                    )}
                    {manage && !closed && !current && (
                      <Button size="xs" variant={best ? 'filled' : 'default'} color={best ? 'teal' : undefined} onClick={() => use(slot)} loading={choose.isPending && choose.variables.slotId === slot.id} aria-label={intl.formatMessage({ id: 'exchanges.poll.useLabel' }, { slot: label })}>
                        {intl.formatMessage({ id: 'exchanges.poll.use' })}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}

interface SlotRow {
  key: number;
  date: string;
  time: string;
}

/** The organiser proposes times (wall-clock in the host's zone); each keeps the exchange's length. */
function ProposeTimes({ exchange, poll, viewerZone, onDone, canCancel }: { exchange: ExchangeDetail; poll: Poll; viewerZone: string; onDone: () => void; canCancel: boolean }) {
  const intl = useIntl();
  const setPoll = useSetPoll();
  const zone = exchange.timezone;
  const length = new Date(exchange.endsAt).getTime() - new Date(exchange.startsAt).getTime();
  const startTime = toLocal(new Date(exchange.startsAt), zone).time;
  const initial: SlotRow[] = poll.slots.length
    ? poll.slots.map((s, i) => ({ key: i, ...toLocalRow(s.startsAt, zone) }))
    : [
        { key: 0, date: '', time: startTime },
        { key: 1, date: '', time: startTime },
      ];
  const [rows, setRows] = useState<SlotRow[]>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const change = (key: number, patch: Partial<SlotRow>) => setRows((r) => r.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const save = () => {
    setError(null);
    const slots = rows.map((r) => {
      const startsAt = instantOf(r.date, r.time, zone) ?? '';
      return { startsAt, endsAt: startsAt ? new Date(new Date(startsAt).getTime() + length).toISOString() : '' };
    });
    const parsed = SetPollSlots.safeParse({ slots });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[issue.path.map(String).join('.')] ??= /datetime/i.test(issue.message) ? intl.formatMessage({ id: 'exchanges.validation.dateTime' }) : localText(issue.message);
      setErrors(next);
      if (next.slots) setError(next.slots);
      return;
    }
    setErrors({});
    setPoll.mutate(
      { id: exchange.id, body: parsed.data },
      {
        onSuccess: () => {
          notifications.show({
            color: 'peerhub',
            title: intl.formatMessage({ id: 'exchanges.poll.proposed' }),
            message: intl.formatMessage({ id: exchange.status === 'draft' ? 'exchanges.poll.proposedDraftMessage' : 'exchanges.poll.proposedMessage' }),
          });
          onDone();
        },
        onError: (e) => {
          setErrors(fieldErrors(e));
          setError(errorMessage(e));
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'exchanges.poll.proposeIntro' }, { city: zoneCity(zone), minutes: Math.round(length / 60_000) })}
      </Text>
      {poll.slots.length > 0 && (
        <Alert color="yellow" variant="light" p="sm">
          <Text size="sm">{intl.formatMessage({ id: 'exchanges.poll.clearsAnswers' })}</Text>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" p="sm">
          {error}
        </Alert>
      )}
      <Stack gap="sm">
        {rows.map((row, i) => {
          const startsAt = instantOf(row.date, row.time, zone);
          const err = errors[`slots.${i}.startsAt`] ?? errors[`slots.${i}.endsAt`];
          return (
            <Group key={row.key} gap="sm" align="flex-start" wrap="wrap">
              <TextInput type="date" label={intl.formatMessage({ id: 'exchanges.poll.slotDate' }, { n: i + 1 })} value={row.date} onChange={(e) => change(row.key, { date: e.currentTarget.value })} error={err} w={{ base: '100%', xs: 180 }} />
              <TextInput
                type="time"
                label={intl.formatMessage({ id: 'exchanges.time.starts' }, { city: zoneCity(zone) })}
                aria-label={intl.formatMessage({ id: 'exchanges.poll.slotStart' }, { n: i + 1 })}
                value={row.time}
                onChange={(e) => change(row.key, { time: e.currentTarget.value })}
                error={!!err}
                w={140}
              />
              <Stack gap={0} pt={28} style={{ flex: 1, minWidth: 160 }}>
                {startsAt && <SlotTime slot={{ startsAt, endsAt: new Date(new Date(startsAt).getTime() + length).toISOString() }} hostZone={zone} viewerZone={viewerZone} />}
              </Stack>
              <ActionIcon variant="subtle" color="gray" mt={30} onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))} aria-label={intl.formatMessage({ id: 'exchanges.poll.removeSlot' }, { n: i + 1 })} disabled={rows.length <= 2}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setRows((r) => [...r, { key: Math.max(0, ...r.map((x) => x.key)) + 1, date: '', time: startTime }])} disabled={rows.length >= 20}>
          {intl.formatMessage({ id: 'exchanges.poll.add' })}
        </Button>
        <Group gap="sm">
          {canCancel && (
            <Button variant="default" onClick={onDone}>
              {intl.formatMessage({ id: 'common.cancel' })}
            </Button>
          )}
          <Button onClick={save} loading={setPoll.isPending}>
            {intl.formatMessage({ id: 'exchanges.poll.propose' })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function toLocalRow(iso: string, zone: string): { date: string; time: string } {
  const { date, time } = toLocal(new Date(iso), zone);
  return { date, time };
}
