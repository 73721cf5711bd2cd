import { Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddActivityRequest, type Match } from '@peerhub/contracts';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/api-client';
import { showApiErrors, validateWith } from '../../../lib/form';
import { useAddActivity, useToggleActivity } from '../api/match-actions';

/** The match's timeline: steps with a due date and the party responsible for each. */
export function TimelineSection({ match, canPlan }: { match: Match; canPlan: boolean }) {
  const toggle = useToggleActivity(match.id);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-timeline">
      <Title order={2} fz="lg" id="match-timeline" mb="sm">
        Timeline and responsibilities
      </Title>
      {match.activities.length === 0 ? (
        <EmptyState title="No steps planned yet">Plan the preparation, the visit and the follow-up, and who does each.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Done</Table.Th>
                <Table.Th>Step</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Responsible</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.activities.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${a.title}: done`}
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
    <form onSubmit={submit} aria-label="Add a step">
      <Stack gap="xs" mt="md">
        <Text size="sm" fw={600}>
          Add a step
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label="Step" placeholder="e.g. Send the service list ahead of the visit" style={{ flex: '2 1 260px' }} {...form.getInputProps('title')} />
          <TextInput type="date" label="Due" style={{ flex: '0 1 170px' }} {...form.getInputProps('dueDate')} />
          <Select label="Responsible" data={match.members.map((m) => ({ value: m.personId, label: m.name }))} allowDeselect={false} style={{ flex: '1 1 180px' }} {...form.getInputProps('responsibleId')} />
          <Button type="submit" loading={add.isPending}>
            Add step
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
