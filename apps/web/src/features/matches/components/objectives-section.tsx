import { Button, Card, Group, Select, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddObjectiveRequest, type AssessmentPhase, type Match, type Objective } from '@peerhub/contracts';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/api-client';
import { showApiErrors, validateWith } from '../../../lib/form';
import { useExchange } from '../../exchanges';
import { useAddObjective, useAssess } from '../api/match-actions';
import { average, oneDecimal, scale } from '../model/labels';

/** Learning objectives, each with every party's level before and after (1–5), and mine to give. */
export function ObjectivesSection({ match, canPlan, myId }: { match: Match; canPlan: boolean; myId: string | null }) {
  const intl = useIntl();
  const isParty = match.members.some((m) => m.personId === myId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-objectives">
      <Title order={2} fz="lg" id="match-objectives">
        {intl.formatMessage({ id: 'matches.objectives.title' })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {intl.formatMessage({ id: 'matches.objectives.description' })}
      </Text>
      <Stack gap="lg">
        {match.objectives.length === 0 && <EmptyState title={intl.formatMessage({ id: 'matches.objectives.empty' })}>{intl.formatMessage({ id: 'matches.objectives.empty.body' })}</EmptyState>}
        {match.objectives.map((o, i) => (
          <ObjectiveItem key={o.id} match={match} objective={o} index={i} canAssess={canPlan && isParty} myId={myId} />
        ))}
        {canPlan && <AddObjectiveForm match={match} />}
      </Stack>
    </Card>
  );
}

function ObjectiveItem({ match, objective, index, canAssess, myId }: { match: Match; objective: Objective; index: number; canAssess: boolean; myId: string | null }) {
  const intl = useIntl();
  const levels = (phase: AssessmentPhase) => objective.assessments.filter((a) => a.phase === phase).map((a) => a.score);
  const [before, after] = [average(levels('before')), average(levels('after'))];
  return (
    <Stack gap={6} data-objective={objective.text}>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={0} style={{ flex: '1 1 320px' }}>
          <Text fw={600}>
            {index + 1}. {objective.text}
          </Text>
          {objective.agendaTopic && (
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: 'matches.objectives.workedOnIn' }, { topic: objective.agendaTopic })}
            </Text>
          )}
        </Stack>
        <Text
          size="sm"
          aria-label={intl.formatMessage(
            { id: 'matches.objectives.average' },
            { before: before === null ? intl.formatMessage({ id: 'matches.objectives.notGiven' }) : oneDecimal(before), after: after === null ? intl.formatMessage({ id: 'matches.objectives.notGiven' }) : oneDecimal(after) },
          )}
        >
          <FormattedMessage id="matches.objectives.beforeAfter" values={{ before: before === null ? '–' : oneDecimal(before), after: after === null ? '–' : oneDecimal(after), b: (chunks) => <strong>{chunks}</strong> }} />
        </Text>
      </Group>
      {canAssess && (
        <Group gap="lg" wrap="wrap">
          {(['before', 'after'] as const).map((phase) => (
            <MyLevel key={phase} matchId={match.id} objective={objective} phase={phase} current={objective.assessments.find((a) => a.personId === myId && a.phase === phase)} />
          ))}
        </Group>
      )}
    </Stack>
  );
}

function MyLevel({ matchId, objective, phase, current }: { matchId: string; objective: Objective; phase: AssessmentPhase; current: Objective['assessments'][number] | undefined }) {
  const intl = useIntl();
  const assess = useAssess(matchId);
  const [note, setNote] = useState(current?.note ?? '');
  const label = intl.formatMessage({ id: `matches.objectives.myLevel.${phase}` });
  const save = (score: number) =>
    assess.mutate({ objectiveId: objective.id, phase, body: { score, note } }, { onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'matches.notSaved' }), message: errorMessage(e) }) });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`level-${objective.id}-${phase}`}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={`level-${objective.id}-${phase}`}
        data={scale().map((s) => ({ value: s.value, label: s.label }))}
        value={current ? String(current.score) : ''}
        onChange={(v) => save(Number(v))}
        size="xs"
      />
      <TextInput size="xs" aria-label={intl.formatMessage({ id: `matches.objectives.note.${phase}` })} placeholder={intl.formatMessage({ id: 'matches.objectives.note.placeholder' })} value={note} onChange={(e) => setNote(e.currentTarget.value)} onBlur={() => current && note !== current.note && save(current.score)} />
    </Stack>
  );
}

function AddObjectiveForm({ match }: { match: Match }) {
  const intl = useIntl();
  const add = useAddObjective(match.id);
  const exchange = useExchange(match.exchangeId ?? '', { enabled: Boolean(match.exchangeId) });
  const sessions = (exchange.data?.agenda ?? []).map((a) => ({ value: a.id, label: a.topic }));
  const form = useForm<{ text: string; agendaItemId: string | null }>({
    initialValues: { text: '', agendaItemId: null },
    validate: validateWith(AddObjectiveRequest),
  });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (e) => showApiErrors(form, e),
    }),
  );
  return (
    <form onSubmit={submit} aria-label={intl.formatMessage({ id: 'matches.objectives.add.form' })}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Textarea label={intl.formatMessage({ id: 'matches.objectives.add.text' })} placeholder={intl.formatMessage({ id: 'matches.objectives.add.text.placeholder' })} autosize minRows={1} style={{ flex: '2 1 320px' }} {...form.getInputProps('text')} />
        {sessions.length > 0 && <Select label={intl.formatMessage({ id: 'matches.objectives.add.session' })} data={sessions} clearable style={{ flex: '1 1 220px' }} {...form.getInputProps('agendaItemId')} />}
        <Button type="submit" loading={add.isPending}>
          {intl.formatMessage({ id: 'matches.objectives.add.submit' })}
        </Button>
      </Group>
    </form>
  );
}
