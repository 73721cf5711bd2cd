import { Alert, Badge, Button, Card, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Decision, JoinRequest } from '@peerhub/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryTag } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useDecideRequests } from '../api/decide-requests';
import { usePendingRequests } from '../api/get-pending-requests';

interface Outcome {
  request: JoinRequest;
  decision: Decision;
  ok: boolean;
  error?: string | undefined;
}

/** What a request is for, as in "Approved: Aigerim → the group Open data". */
const target = (r: JoinRequest) => (r.kind === 'group' ? t('console.requests.targetGroup', { group: r.groupName ?? '' }) : t('console.requests.targetAlliance'));
/** "Aigerim asks to join the group Open data": the accessible name of a row or card. */
const asksToJoin = (r: JoinRequest) => t('console.requests.asksToJoin', { person: r.personName, kind: r.kind, group: r.groupName ?? '' });

/** Pending requests to join the alliance and its groups: one click each, or many at once. */
export function RequestsTab({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
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
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'console.requests.noDecisionRecorded' }), message: errorMessage(e) }),
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
                  {items.length === 0
                    ? intl.formatMessage({ id: 'console.requests.noPending' })
                    : chosen.length
                      ? intl.formatMessage({ id: 'console.requests.pendingSelected' }, { count: items.length, selected: chosen.length })
                      : intl.formatMessage({ id: 'console.requests.pending' }, { count: items.length })}
                </Text>
                <Group gap="xs">
                  <Button size="xs" leftSection={<IconCheck size={14} />} disabled={chosen.length === 0} loading={decide.isPending && working.size > 1} onClick={() => send(chosen, 'approve')}>
                    {intl.formatMessage({ id: 'console.requests.approveSelected' })}
                  </Button>
                  <Button size="xs" variant="default" color="red" leftSection={<IconX size={14} />} disabled={chosen.length === 0} onClick={() => setRejecting(chosen)}>
                    {intl.formatMessage({ id: 'console.requests.rejectSelected' })}
                  </Button>
                </Group>
              </Group>
              {items.length === 0 ? (
                <EmptyState title={intl.formatMessage({ id: 'console.requests.nothingWaiting' })}>{intl.formatMessage({ id: 'console.requests.nothingWaitingHint' })}</EmptyState>
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
                            aria-label={intl.formatMessage({ id: 'console.requests.selectAll' })}
                            checked={allSelected}
                            indeterminate={chosen.length > 0 && !allSelected}
                            onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((r) => r.id)))}
                          />
                        </Table.Th>
                        <Table.Th>{intl.formatMessage({ id: 'console.requests.column.person' })}</Table.Th>
                        <Table.Th>{intl.formatMessage({ id: 'console.requests.column.asksToJoin' })}</Table.Th>
                        <Table.Th>{intl.formatMessage({ id: 'console.requests.column.message' })}</Table.Th>
                        <Table.Th>{intl.formatMessage({ id: 'console.requests.column.asked' })}</Table.Th>
                        <Table.Th>
                          <span className="visually-hidden">{intl.formatMessage({ id: 'console.requests.column.decision' })}</span>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((r) => {
                        const error = failed.get(r.id);
                        return (
                          <Table.Tr key={r.id} bg={error ? 'red.0' : selected.has(r.id) ? 'peerhub.0' : undefined} aria-label={asksToJoin(r)}>
                            <Table.Td>
                              <Checkbox
                                aria-label={intl.formatMessage({ id: 'console.requests.selectOne' }, { name: r.personName })}
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
                                    {r.organisationName ?? intl.formatMessage({ id: 'console.requests.noOrganisation' })}
                                  </Text>
                                </div>
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              {r.kind === 'group' && r.groupId ? (
                                <Group gap={6} wrap="nowrap">
                                  <Badge variant="light" color="blue" size="sm" style={{ flex: 'none' }}>
                                    {intl.formatMessage({ id: 'console.requests.badgeGroup' })}
                                  </Badge>
                                  <Text size="sm" component={Link} to={`/groups/${r.groupId}`} c="peerhub.8">
                                    {r.groupName}
                                  </Text>
                                </Group>
                              ) : (
                                <Badge variant="light" color="grape" size="sm">
                                  {intl.formatMessage({ id: 'console.requests.badgeAlliance' })}
                                </Badge>
                              )}
                            </Table.Td>
                            <Table.Td maw={280}>
                              <Text size="sm" c={r.message ? undefined : 'dimmed'} lineClamp={3}>
                                {r.message || intl.formatMessage({ id: 'console.requests.noMessage' })}
                              </Text>
                              {error && (
                                <Text size="xs" c="red.8" mt={4} role="alert">
                                  {intl.formatMessage({ id: 'console.requests.notDecided' }, { error })}
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
                                <Button size="compact-sm" aria-label={intl.formatMessage({ id: 'console.requests.approveOne' }, { name: r.personName })} loading={decide.isPending && working.size === 1 && working.has(r.id)} onClick={() => send([r], 'approve')}>
                                  {intl.formatMessage({ id: 'console.requests.approve' })}
                                </Button>
                                <Button size="compact-sm" variant="default" aria-label={intl.formatMessage({ id: 'console.requests.rejectOne' }, { name: r.personName })} onClick={() => setRejecting([r])}>
                                  {intl.formatMessage({ id: 'console.requests.reject' })}
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
              title={
                rejecting && rejecting.length === 1
                  ? intl.formatMessage({ id: 'console.requests.rejectOneTitle' }, { name: rejecting[0]?.personName ?? '' })
                  : intl.formatMessage({ id: 'console.requests.rejectManyTitle' }, { count: rejecting?.length ?? 0 })
              }
              confirmLabel={intl.formatMessage({ id: 'console.requests.reject' })}
              reasonRequired
              loading={decide.isPending}
              onClose={() => setRejecting(null)}
              onConfirm={(reason) => rejecting && send(rejecting, 'reject', reason)}
            >
              {intl.formatMessage({ id: 'console.requests.rejectExplained' })}
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
  const intl = useIntl();
  return (
    <Alert
      color={failed.length ? 'orange' : 'teal'}
      title={failed.length ? intl.formatMessage({ id: 'console.requests.someDecided' }, { ok: ok.length, failed: failed.length }) : intl.formatMessage({ id: 'console.requests.allDecided' }, { count: ok.length })}
      withCloseButton
      closeButtonLabel={intl.formatMessage({ id: 'console.requests.dismiss' })}
      onClose={onClose}
      role="status"
    >
      <List size="sm" spacing={2}>
        {outcomes.map((o) => (
          <List.Item key={o.request.id} icon={o.ok ? <IconCheck size={14} color="var(--mantine-color-teal-7)" /> : <IconX size={14} color="var(--mantine-color-red-7)" />}>
            {o.ok
              ? intl.formatMessage({ id: 'console.requests.outcomeDecided' }, { decision: o.decision, person: o.request.personName, target: target(o.request) })
              : intl.formatMessage({ id: 'console.requests.outcomeFailed' }, { person: o.request.personName, target: target(o.request), error: o.error ?? intl.formatMessage({ id: 'console.requests.notDecidedShort' }) })}
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
  const intl = useIntl();
  return (
    <Stack component="article" gap={8} p="md" bg={error ? 'red.0' : selected ? 'peerhub.0' : undefined} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} aria-label={asksToJoin(r)}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Checkbox mt={2} aria-label={intl.formatMessage({ id: 'console.requests.selectOne' }, { name: r.personName })} checked={selected} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} wrap="nowrap" justify="space-between">
            <Text size="sm" fw={600}>
              {r.personName}
            </Text>
            <CountryTag code={r.country} />
          </Group>
          <Text size="xs" c="dimmed">
            {r.organisationName ?? intl.formatMessage({ id: 'console.requests.noOrganisation' })} · {formatDateTime(r.createdAt)}
          </Text>
          <Text size="sm" mt={6}>
            {r.kind === 'group' ? (
              <FormattedMessage id="console.requests.asksToJoinGroupShort" values={{ group: <strong>{r.groupName}</strong> }} />
            ) : (
              intl.formatMessage({ id: 'console.requests.asksToJoinAllianceShort' })
            )}
          </Text>
          {r.message && (
            <Text size="sm" c="dimmed" mt={4} lineClamp={4}>
              “{r.message}”
            </Text>
          )}
          {error && (
            <Text size="xs" c="red.8" mt={4} role="alert">
              {intl.formatMessage({ id: 'console.requests.notDecided' }, { error })}
            </Text>
          )}
        </div>
      </Group>
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="default" aria-label={intl.formatMessage({ id: 'console.requests.rejectOne' }, { name: r.personName })} onClick={onReject}>
          {intl.formatMessage({ id: 'console.requests.reject' })}
        </Button>
        <Button size="compact-sm" aria-label={intl.formatMessage({ id: 'console.requests.approveOne' }, { name: r.personName })} loading={approving} onClick={onApprove}>
          {intl.formatMessage({ id: 'console.requests.approve' })}
        </Button>
      </Group>
    </Stack>
  );
}
