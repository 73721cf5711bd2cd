import { Badge, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddCommitmentRequest, type Commitment, type CommitmentStatus, type Match } from '@peerhub/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/api-client';
import { showApiErrors, validateWith } from '../../../lib/form';
import { useAddCommitment, useUpdateCommitment } from '../api/match-actions';
import { COMMITMENT_OPTIONS, COMMITMENT_STATUS } from '../model/labels';

/**
 * Action plans: what each learner commits to change at home, its owner and due date, and how it
 * went (check-in reminders come at 1, 3 and 6 months). Authors (and coordinators) update theirs.
 */
export function ActionPlanSection({ match, canPlan, canWrite, myId, coordinator }: { match: Match; canPlan: boolean; canWrite: boolean; myId: string | null; coordinator: boolean }) {
  const done = match.commitments.filter((c) => c.status === 'done').length;
  const counted = match.commitments.filter((c) => c.status !== 'dropped').length;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-action-plan">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="match-action-plan">
          Action plan
        </Title>
        {counted > 0 && (
          <Text size="sm" c="dimmed">
            {done} of {counted} done
          </Text>
        )}
      </Group>
      {match.commitments.length === 0 ? (
        <EmptyState title="No commitments yet">After the exchange, each learner writes what they will change at home, who owns it and by when.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Commitment</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Shared forward at home</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.commitments.map((c) => (
                <CommitmentRow key={c.id} matchId={match.id} commitment={c} editable={canPlan && (c.author.personId === myId || coordinator)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canWrite && <AddCommitmentForm matchId={match.id} />}
    </Card>
  );
}

function CommitmentRow({ matchId, commitment: c, editable }: { matchId: string; commitment: Commitment; editable: boolean }) {
  const update = useUpdateCommitment(matchId);
  const [shared, setShared] = useState(c.sharedForward);
  const change = (body: { status?: CommitmentStatus; sharedForward?: string }) =>
    update.mutate({ commitmentId: c.id, body }, { onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }) });
  return (
    <Table.Tr data-commitment={c.text}>
      <Table.Td>
        <Text size="sm">{c.text}</Text>
        <Text size="xs" c="dimmed">
          by {c.author.name}
        </Text>
      </Table.Td>
      <Table.Td>{c.owner}</Table.Td>
      <Table.Td>{c.dueDate}</Table.Td>
      <Table.Td miw={150}>
        {editable ? (
          <Select aria-label={`Status of “${c.text}”`} data={COMMITMENT_OPTIONS} value={c.status} allowDeselect={false} size="xs" onChange={(v) => v && change({ status: v as CommitmentStatus })} />
        ) : (
          <Badge variant="light" color={COMMITMENT_STATUS[c.status].color}>
            {COMMITMENT_STATUS[c.status].label}
          </Badge>
        )}
      </Table.Td>
      <Table.Td miw={220}>
        {editable ? (
          <Textarea
            aria-label={`Shared forward: “${c.text}”`}
            placeholder="With whom, and what"
            size="xs"
            autosize
            minRows={1}
            value={shared}
            onChange={(e) => setShared(e.currentTarget.value)}
            onBlur={() => shared !== c.sharedForward && change({ sharedForward: shared })}
          />
        ) : (
          <Text size="sm">{c.sharedForward || '—'}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddCommitmentForm({ matchId }: { matchId: string }) {
  const add = useAddCommitment(matchId);
  const form = useForm<{ text: string; owner: string; dueDate: string }>({ initialValues: { text: '', owner: '', dueDate: '' }, validate: validateWith(AddCommitmentRequest) });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (e) => showApiErrors(form, e),
    }),
  );
  return (
    <form onSubmit={submit} aria-label="Add a commitment">
      <Stack gap="xs" mt="md">
        <Text size="sm" fw={600}>
          Add to my action plan
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label="What will be done" placeholder="e.g. Publish the service catalogue" style={{ flex: '2 1 260px' }} {...form.getInputProps('text')} />
          <TextInput label="Owner" placeholder="A person or unit at home" style={{ flex: '1 1 180px' }} {...form.getInputProps('owner')} />
          <TextInput type="date" label="Due" style={{ flex: '0 1 170px' }} {...form.getInputProps('dueDate')} />
          <Button type="submit" loading={add.isPending}>
            Add commitment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
