import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GroupDetail, JoinRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { CountryName } from '../../../components/ui/country';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useDecideRequests, usePendingRequests } from '../../console';

/** Requests to join this group, for its leads (and the coordinators) to decide on the spot. */
export function GroupRequests({ group }: { group: GroupDetail }) {
  const intl = useIntl();
  const pending = usePendingRequests(group.allianceId);
  const decide = useDecideRequests();
  const [rejecting, setRejecting] = useState<JoinRequest | null>(null);
  const requests = (pending.data?.items ?? []).filter((r) => r.kind === 'group' && r.groupId === group.id);
  if (requests.length === 0) return null;

  const run = (request: JoinRequest, decision: 'approve' | 'reject', reason?: string) =>
    decide.mutate(
      { allianceId: group.allianceId, body: { decisions: [{ requestId: request.id, kind: 'group', decision, ...(reason ? { reason } : {}) }] } },
      {
        onSuccess: ({ results }) => {
          const result = results[0];
          if (result?.ok) notifications.show({ color: 'teal', message: intl.formatMessage({ id: decision === 'approve' ? 'groups.requests.approved' : 'groups.requests.rejected' }, { name: request.personName }) });
          else notifications.show({ color: 'red', message: result?.error ?? intl.formatMessage({ id: 'groups.requests.notDecided' }) });
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );

  return (
    <Card withBorder padding="lg" aria-labelledby="group-requests-title">
      <Title order={2} fz="lg" mb="sm" id="group-requests-title">
        {intl.formatMessage({ id: 'groups.requests.title' }, { count: requests.length })}
      </Title>
      <Stack gap="sm">
        {requests.map((r) => (
          <Group key={r.id} justify="space-between" align="flex-start" wrap="wrap" aria-label={intl.formatMessage({ id: 'groups.requests.asks' }, { name: r.personName })}>
            <div>
              <Text fw={600}>{r.personName}</Text>
              <Text size="xs" c="dimmed">
                <CountryName code={r.country} /> {r.organisationName ? `· ${r.organisationName}` : ''}
              </Text>
              {r.message && (
                <Text size="sm" mt={4}>
                  “{r.message}”
                </Text>
              )}
            </div>
            <Group gap="xs">
              <Button size="xs" onClick={() => run(r, 'approve')} loading={decide.isPending} aria-label={intl.formatMessage({ id: 'groups.requests.approveName' }, { name: r.personName })}>
                {intl.formatMessage({ id: 'groups.requests.approve' })}
              </Button>
              <Button size="xs" variant="default" onClick={() => setRejecting(r)} aria-label={intl.formatMessage({ id: 'groups.requests.rejectName' }, { name: r.personName })}>
                {intl.formatMessage({ id: 'groups.requests.reject' })}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      <ReasonModal
        opened={rejecting !== null}
        title={intl.formatMessage({ id: 'groups.requests.rejectTitle' }, { name: rejecting?.personName ?? '' })}
        confirmLabel={intl.formatMessage({ id: 'groups.requests.reject' })}
        reasonRequired
        onClose={() => setRejecting(null)}
        onConfirm={(reason) => {
          if (rejecting) run(rejecting, 'reject', reason);
          setRejecting(null);
        }}
      >
        <Text size="sm">{intl.formatMessage({ id: 'groups.requests.rejectBody' })}</Text>
      </ReasonModal>
    </Card>
  );
}
