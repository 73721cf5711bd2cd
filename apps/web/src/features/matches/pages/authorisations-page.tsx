import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AuthorisationRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useAuthorisations, useDecideAuthorisation } from '../api/authorisations';
import { authorisation } from '../model/labels';

/** For managers at home: approve (or refuse, with a reason) the participation of the people they authorise. */
export function AuthorisationsPage() {
  const intl = useIntl();
  const requests = useAuthorisations();
  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'matches.authoriser.label' })}
        title={intl.formatMessage({ id: 'matches.approvals.title' })}
        description={intl.formatMessage({ id: 'matches.approvals.description' })}
      />
      <QueryState query={requests}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'matches.approvals.empty' })}>{intl.formatMessage({ id: 'matches.approvals.empty.body' })}</EmptyState>
          ) : (
            <Stack>
              {items.map((r) => (
                <RequestCard key={`${r.kind}:${r.id}:${r.person.personId}`} request={r} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}

function RequestCard({ request: r }: { request: AuthorisationRequest }) {
  const intl = useIntl();
  const decide = useDecideAuthorisation();
  const [refusing, setRefusing] = useState(false);
  const send = (decision: 'approved' | 'refused', reason = '') =>
    decide.mutate(
      { request: r, body: { decision, reason } },
      {
        onSuccess: () => {
          setRefusing(false);
          notifications.show({ color: decision === 'approved' ? 'teal' : 'gray', message: decision === 'approved' ? intl.formatMessage({ id: 'matches.approvals.approved' }, { name: r.person.name }) : intl.formatMessage({ id: 'matches.approvals.refused' }) });
        },
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'matches.approvals.notRecorded' }), message: errorMessage(e) }),
      },
    );
  return (
    <Card withBorder padding="lg" data-request={r.person.name}>
      <Group justify="space-between" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Text fw={600}>
            {r.person.name} · {intl.formatMessage({ id: `matches.approvals.role.${r.role}` })}
          </Text>
          <Text size="sm">
            <Anchor component={Link} to={r.kind === 'exchange' ? `/exchanges/${r.id}` : `/learning/matches/${r.id}`} inherit>
              “{r.title}”
            </Anchor>
          </Text>
          <Group gap="xs">
            <CountryName code={r.person.country} />
            <Text size="xs" c="dimmed">
              · {intl.formatMessage({ id: r.kind === 'exchange' ? 'matches.approvals.registered' : 'matches.approvals.proposed' }, { date: formatDate(r.requestedAt) })}
            </Text>
          </Group>
        </Stack>
        {r.status === 'pending' ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setRefusing(true)}>
              {intl.formatMessage({ id: 'matches.approvals.refuseEllipsis' })}
            </Button>
            <Button onClick={() => send('approved')} loading={decide.isPending}>
              {intl.formatMessage({ id: 'matches.approvals.approve' })}
            </Button>
          </Group>
        ) : (
          <Badge color={authorisation(r.status).color} variant="light">
            {authorisation(r.status).label}
          </Badge>
        )}
      </Group>
      <ReasonModal
        opened={refusing}
        title={intl.formatMessage({ id: 'matches.approvals.refuse.title' }, { name: r.person.name })}
        confirmLabel={intl.formatMessage({ id: 'matches.approvals.refuse' })}
        reasonRequired loading={decide.isPending} onConfirm={(reason) => send('refused', reason ?? '')} onClose={() => setRefusing(false)}>
        {intl.formatMessage({ id: r.kind === 'exchange' ? 'matches.approvals.refuse.exchange' : 'matches.approvals.refuse.match' })}
      </ReasonModal>
    </Card>
  );
}
