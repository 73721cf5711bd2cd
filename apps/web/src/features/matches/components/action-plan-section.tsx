import { Badge, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddCommitmentRequest, type Commitment, type CommitmentStatus, type Match } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { errorMessage } from '../../../lib/api-client';
import { showApiErrors, validateWith } from '../../../lib/form';
import { useAddCommitment, useUpdateCommitment } from '../api/match-actions';
import { commitmentOptions, commitmentStatus } from '../model/labels';

/**
 * Action plans: what each learner commits to change at home, its owner and due date, and how it
 * went (check-in reminders come at 1, 3 and 6 months). Authors (and coordinators) update theirs.
 */
export function ActionPlanSection({ match, canPlan, canWrite, myId, coordinator }: { match: Match; canPlan: boolean; canWrite: boolean; myId: string | null; coordinator: boolean }) {
  const intl = useIntl();
  const done = match.commitments.filter((c) => c.status === 'done').length;
  const counted = match.commitments.filter((c) => c.status !== 'dropped').length;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-action-plan">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="match-action-plan">
          {intl.formatMessage({ id: 'matches.plan.title' })}
        </Title>
        {counted > 0 && (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'matches.plan.progress' }, { done, counted })}
          </Text>
        )}
      </Group>
      {match.commitments.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'matches.plan.empty' })}>{intl.formatMessage({ id: 'matches.plan.empty.body' })}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.commitment' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.owner' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.due' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.status' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.sharedForwardAtHome' })}</Table.Th>
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
  const intl = useIntl();
  const update = useUpdateCommitment(matchId);
  const [shared, setShared] = useState(c.sharedForward);
  const change = (body: { status?: CommitmentStatus; sharedForward?: string }) =>
    update.mutate({ commitmentId: c.id, body }, { onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'matches.notSaved' }), message: errorMessage(e) }) });
  return (
    <Table.Tr data-commitment={c.text}>
      <Table.Td>
        <Text size="sm">{c.text}</Text>
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'matches.plan.by' }, { name: c.author.name })}
        </Text>
      </Table.Td>
      <Table.Td>{c.owner}</Table.Td>
      <Table.Td>{c.dueDate}</Table.Td>
      <Table.Td miw={150}>
        {editable ? (
          <Select aria-label={intl.formatMessage({ id: 'matches.plan.statusOf' }, { text: c.text })} data={commitmentOptions()} value={c.status} allowDeselect={false} size="xs" onChange={(v) => v && change({ status: v as CommitmentStatus })} />
        ) : (
          <Badge variant="light" color={commitmentStatus(c.status).color}>
            {commitmentStatus(c.status).label}
          </Badge>
        )}
      </Table.Td>
      <Table.Td miw={220}>
        {editable ? (
          <Textarea
            aria-label={intl.formatMessage({ id: 'matches.plan.sharedForwardOf' }, { text: c.text })}
            placeholder={intl.formatMessage({ id: 'matches.plan.sharedForward.placeholder' })}
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
  const intl = useIntl();
  const add = useAddCommitment(matchId);
  const form = useForm<{ text: string; owner: string; dueDate: string }>({ initialValues: { text: '', owner: '', dueDate: '' }, validate: validateWith(AddCommitmentRequest) });
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (e) => showApiErrors(form, e),
    }),
  );
  return (
    <form onSubmit={submit} aria-label={intl.formatMessage({ id: 'matches.plan.add.form' })}>
      <Stack gap="xs" mt="md">
        <Text size="sm" fw={600}>
          {intl.formatMessage({ id: 'matches.plan.add.heading' })}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label={intl.formatMessage({ id: 'matches.plan.add.text' })} placeholder={intl.formatMessage({ id: 'matches.plan.add.text.placeholder' })} style={{ flex: '2 1 260px' }} {...form.getInputProps('text')} />
          <TextInput label={intl.formatMessage({ id: 'matches.plan.owner' })} placeholder={intl.formatMessage({ id: 'matches.plan.add.owner.placeholder' })} style={{ flex: '1 1 180px' }} {...form.getInputProps('owner')} />
          <TextInput type="date" label={intl.formatMessage({ id: 'matches.plan.due' })} style={{ flex: '0 1 170px' }} {...form.getInputProps('dueDate')} />
          <Button type="submit" loading={add.isPending}>
            {intl.formatMessage({ id: 'matches.plan.add.submit' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
