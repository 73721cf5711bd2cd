import { Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddActivityRequest, type Match } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/api-client';
import { showApiErrors, validateWith } from '../../../lib/form';
import { useAddActivity, useToggleActivity } from '../api/match-actions';

/** The match's timeline: steps with a due date and the party responsible for each. */
export function TimelineSection({ match, canPlan }: { match: Match; canPlan: boolean }) {
  const intl = useIntl();
  const toggle = useToggleActivity(match.id);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-timeline">
      <Title order={2} fz="lg" id="match-timeline" mb="sm">
        {intl.formatMessage({ id: 'matches.timeline.title' })}
      </Title>
      {match.activities.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'matches.timeline.empty' })}>{intl.formatMessage({ id: 'matches.timeline.empty.body' })}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{intl.formatMessage({ id: 'matches.timeline.done' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.timeline.step' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.due' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.timeline.responsible' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.activities.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={intl.formatMessage({ id: 'matches.timeline.doneOf' }, { title: a.title })}
                      checked={a.done}
                      disabled={!canPlan || toggle.isPending}
                      onChange={(e) => toggle.mutate({ activityId: a.id, done: e.currentTarget.checked }, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
                    />
                  </Table.Td>
                  <Table.Td td={a.done ? 'line-through' : undefined}>{a.title}</Table.Td>
                  <Table.Td>{a.dueDate}</Table.Td>
                  <Table.Td>{a.responsible.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canPlan && <AddActivityForm match={match} />}
    </Card>
  );
}

function AddActivityForm({ match }: { match: Match }) {
  const intl = useIntl();
  const add = useAddActivity(match.id);
  const form = useForm<{ title: string; dueDate: string; responsibleId: string }>({
    initialValues: { title: '', dueDate: '', responsibleId: match.members[0]?.personId ?? '' },
    validate: validateWith(AddActivityRequest),
  });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.setValues({ title: '', dueDate: '' }),
      onError: (e) => showApiErrors(form, e),
    }),
  );
  return (
    <form onSubmit={submit} aria-label={intl.formatMessage({ id: 'matches.timeline.add' })}>
      <Stack gap="xs" mt="md">
        <Text size="sm" fw={600}>
          {intl.formatMessage({ id: 'matches.timeline.add' })}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label={intl.formatMessage({ id: 'matches.timeline.step' })} placeholder={intl.formatMessage({ id: 'matches.timeline.step.placeholder' })} style={{ flex: '2 1 260px' }} {...form.getInputProps('title')} />
          <TextInput type="date" label={intl.formatMessage({ id: 'matches.plan.due' })} style={{ flex: '0 1 170px' }} {...form.getInputProps('dueDate')} />
          <Select label={intl.formatMessage({ id: 'matches.timeline.responsible' })} data={match.members.map((m) => ({ value: m.personId, label: m.name }))} allowDeselect={false} style={{ flex: '1 1 180px' }} {...form.getInputProps('responsibleId')} />
          <Button type="submit" loading={add.isPending}>
            {intl.formatMessage({ id: 'matches.timeline.add.submit' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
