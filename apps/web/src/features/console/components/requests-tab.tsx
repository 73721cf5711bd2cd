import { Alert, Badge, Button, Card, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Decision, JoinRequest } from '@peerhub/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { CountryTag } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useDecideRequests } from '../api/decide-requests';
import { usePendingRequests } from '../api/get-pending-requests';

interface Outcome {
  request: JoinRequest;
  decision: Decision;
  ok: boolean;
  error?: string | undefined;
}

const target = (r: JoinRequest) => (r.kind === 'group' ? `the group ${r.groupName ?? ''}` : 'the alliance');

/** Pending requests to join the alliance and its groups: one click each, or many at once. */
export function RequestsTab({ allianceId }: { allianceId: string }) {
  const requests = usePendingRequests(allianceId);
  const decide = useDecideRequests();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<JoinRequest[] | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [working, setWorking] = useState<Set<string>>(new Set());
  const failed = new Map(outcomes.filter((o) => !o.ok).map((o) => [o.request.id, o.error]));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const send = (items: JoinRequest[], decision: Decision, reason?: string) => {
    const ids = new Set(items.map((r) => r.id));
    setWorking(ids);
    decide.mutate(
      { allianceId, body: { decisions: items.map((r) => ({ requestId: r.id, kind: r.kind, decision, reason })) } },
      {
        onSuccess: ({ results }) => {
          const byId = new Map(items.map((r) => [r.id, r]));
          const next = results.flatMap((res) => {
            const request = byId.get(res.requestId);
            return request ? [{ request, decision, ok: res.ok, error: res.error }] : [];
          });
          setOutcomes(next);
          setSelected((s) => new Set([...s].filter((id) => !next.some((o) => o.ok && o.request.id === id))));
          setRejecting(null);
        },
        onError: (e) => notifications.show({ color: 'red', title: 'No decision recorded', message: errorMessage(e) }),
        onSettled: () => setWorking(new Set()),
      },
    );
  };

  return (
    <QueryState query={requests}>
      {({ items }) => {
        const allSelected = items.length > 0 && items.every((r) => selected.has(r.id));
        const chosen = items.filter((r) => selected.has(r.id));
        return (
          <Stack>
            {outcomes.length > 0 && <OutcomeSummary outcomes={outcomes} onClose={() => setOutcomes([])} />}
            <Card withBorder padding={0}>
              <Group justify="space-between" p="md" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Text size="sm" c="dimmed" aria-live="polite">
                  {items.length === 0 ? 'No pending requests' : `${items.length} pending ${items.length === 1 ? 'request' : 'requests'}${chosen.length ? ` · ${chosen.length} selected` : ''}`}
                </Text>
                <Group gap="xs">
                  <Button size="xs" leftSection={<IconCheck size={14} />} disabled={chosen.length === 0} loading={decide.isPending && working.size > 1} onClick={() => send(chosen, 'approve')}>
                    Approve selected
                  </Button>
                  <Button size="xs" variant="default" color="red" leftSection={<IconX size={14} />} disabled={chosen.length === 0} onClick={() => setRejecting(chosen)}>
                    Reject selected
                  </Button>
                </Group>
              </Group>
              {items.length === 0 ? (
                <EmptyState title="Nothing waiting">Requests to join the alliance or one of its groups appear here.</EmptyState>
              ) : (
                <>
                <Stack gap={0} hiddenFrom="sm">
                  {items.map((r) => (
                    <RequestCard key={r.id} request={r} error={failed.get(r.id)} selected={selected.has(r.id)} onToggle={(on) => toggle(r.id, on)} onApprove={() => send([r], 'approve')} onReject={() => setRejecting([r])} approving={decide.isPending && working.size === 1 && working.has(r.id)} />
                  ))}
                </Stack>
                <Table.ScrollContainer minWidth={760} visibleFrom="sm">
                  <Table verticalSpacing="sm" highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={44}>
                          <Checkbox
                            aria-label="Select all requests"
                            checked={allSelected}
                            indeterminate={chosen.length > 0 && !allSelected}
                            onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((r) => r.id)))}
                          />
                        </Table.Th>
                        <Table.Th>Person</Table.Th>
                        <Table.Th>Asks to join</Table.Th>
                        <Table.Th>Message</Table.Th>
                        <Table.Th>Asked</Table.Th>
                        <Table.Th>
                          <span className="visually-hidden">Decision</span>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((r) => {
                        const error = failed.get(r.id);
                        return (
                          <Table.Tr key={r.id} bg={error ? 'red.0' : selected.has(r.id) ? 'peerhub.0' : undefined} aria-label={`${r.personName} asks to join ${target(r)}`}>
                            <Table.Td>
                              <Checkbox
                                aria-label={`Select the request of ${r.personName}`}
                                checked={selected.has(r.id)}
                                onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                              />
                            </Table.Td>
                            <Table.Td>
                              <Group gap="sm" wrap="nowrap">
                                <CountryTag code={r.country} />
                                <div style={{ minWidth: 0 }}>
                                  <Text size="sm" fw={600}>
                                    {r.personName}
                                  </Text>
                                  <Text size="xs" c="dimmed">
                                    {r.organisationName ?? 'Organisation not given'}
                                  </Text>
                                </div>
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              {r.kind === 'group' && r.groupId ? (
                                <Group gap={6} wrap="nowrap">
                                  <Badge variant="light" color="blue" size="sm" style={{ flex: 'none' }}>
                                    Group
                                  </Badge>
                                  <Text size="sm" component={Link} to={`/groups/${r.groupId}`} c="peerhub.8">
                                    {r.groupName}
                                  </Text>
                                </Group>
                              ) : (
                                <Badge variant="light" color="grape" size="sm">
                                  Alliance
                                </Badge>
                              )}
                            </Table.Td>
                            <Table.Td maw={280}>
                              <Text size="sm" c={r.message ? undefined : 'dimmed'} lineClamp={3}>
                                {r.message || 'No message'}
                              </Text>
                              {error && (
                                <Text size="xs" c="red.8" mt={4} role="alert">
                                  Not decided: {error}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                                {formatDateTime(r.createdAt)}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Group gap={6} wrap="nowrap" justify="flex-end">
                                <Button size="compact-sm" aria-label={`Approve ${r.personName}`} loading={decide.isPending && working.size === 1 && working.has(r.id)} onClick={() => send([r], 'approve')}>
                                  Approve
                                </Button>
                                <Button size="compact-sm" variant="default" aria-label={`Reject ${r.personName}`} onClick={() => setRejecting([r])}>
                                  Reject
                                </Button>
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                </>
              )}
            </Card>
            <ReasonModal
              opened={rejecting !== null}
              title={rejecting && rejecting.length === 1 ? `Reject the request of ${rejecting[0]?.personName ?? ''}?` : `Reject ${rejecting?.length ?? 0} requests?`}
              confirmLabel="Reject"
              reasonRequired
              loading={decide.isPending}
              onClose={() => setRejecting(null)}
              onConfirm={(reason) => rejecting && send(rejecting, 'reject', reason)}
            >
              The person is told of the decision and reads your reason.
            </ReasonModal>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function OutcomeSummary({ outcomes, onClose }: { outcomes: Outcome[]; onClose: () => void }) {
  const ok = outcomes.filter((o) => o.ok);
  const failed = outcomes.filter((o) => !o.ok);
  return (
    <Alert
      color={failed.length ? 'orange' : 'teal'}
      title={failed.length ? `${ok.length} decided, ${failed.length} not` : `${ok.length} ${ok.length === 1 ? 'request' : 'requests'} decided`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      role="status"
    >
      <List size="sm" spacing={2}>
        {outcomes.map((o) => (
          <List.Item key={o.request.id} icon={o.ok ? <IconCheck size={14} color="var(--mantine-color-teal-7)" /> : <IconX size={14} color="var(--mantine-color-red-7)" />}>
            {o.ok
              ? `${o.decision === 'approve' ? 'Approved' : 'Rejected'}: ${o.request.personName} → ${target(o.request)}`
              : `${o.request.personName} → ${target(o.request)}: ${o.error ?? 'not decided'}`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** One request on a phone: the same facts and buttons as a table row, stacked. */
function RequestCard({
  request: r,
  error,
  selected,
  onToggle,
  onApprove,
  onReject,
  approving,
}: {
  request: JoinRequest;
  error: string | undefined;
  selected: boolean;
  onToggle: (on: boolean) => void;
  onApprove: () => void;
  onReject: () => void;
  approving: boolean;
}) {
  return (
    <Stack component="article" gap={8} p="md" bg={error ? 'red.0' : selected ? 'peerhub.0' : undefined} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} aria-label={`${r.personName} asks to join ${target(r)}`}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Checkbox mt={2} aria-label={`Select the request of ${r.personName}`} checked={selected} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Text size="sm" fw={600}>
              {r.personName}
            </Text>
            <CountryTag code={r.country} />
          </Group>
          <Text size="xs" c="dimmed">
            {r.organisationName ?? 'Organisation not given'} · {formatDateTime(r.createdAt)}
          </Text>
          <Text size="sm" mt={6}>
            Asks to join {r.kind === 'group' ? <strong>{r.groupName}</strong> : 'the alliance'}
          </Text>
          {r.message && (
            <Text size="sm" c="dimmed" mt={4} lineClamp={4}>
              “{r.message}”
            </Text>
          )}
          {error && (
            <Text size="xs" c="red.8" mt={4} role="alert">
              Not decided: {error}
            </Text>
          )}
        </div>
      </Group>
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="default" aria-label={`Reject ${r.personName}`} onClick={onReject}>
          Reject
        </Button>
        <Button size="compact-sm" aria-label={`Approve ${r.personName}`} loading={approving} onClick={onApprove}>
          Approve
        </Button>
      </Group>
    </Stack>
  );
}
