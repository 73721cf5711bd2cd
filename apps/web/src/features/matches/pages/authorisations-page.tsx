import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AuthorisationRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useAuthorisations, useDecideAuthorisation } from '../api/authorisations';
import { AUTHORISATION } from '../model/labels';

const ROLE: Record<AuthorisationRequest['role'], string> = {
  learner: 'as the learner in a peer-learning match',
  peer: 'as a peer expert in a peer-learning match',
  participant: 'registered for an exchange',
};

/** For managers at home: approve (or refuse, with a reason) the participation of the people they authorise. */
export function AuthorisationsPage() {
  const requests = useAuthorisations();
  return (
    <>
      <PageHeader
        eyebrow="Authoriser"
        title="Participation to approve"
        description="People from your organisation named you as their authoriser. Approve their taking part in a peer-learning match or an exchange, or refuse with a reason they and the coordinator will read. You receive each match's learning report when it closes."
      />
      <QueryState query={requests}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="Nothing waits for you">When someone who named you as authoriser is proposed for a match, it appears here and you get an e-mail.</EmptyState>
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
  const decide = useDecideAuthorisation();
  const [refusing, setRefusing] = useState(false);
  const send = (decision: 'approved' | 'refused', reason = '') =>
    decide.mutate(
      { request: r, body: { decision, reason } },
      {
        onSuccess: () => {
          setRefusing(false);
          notifications.show({ color: decision === 'approved' ? 'teal' : 'gray', message: decision === 'approved' ? `${r.person.name}'s participation is approved.` : 'Refused; they and the coordinator are told why.' });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not recorded', message: errorMessage(e) }),
      },
    );
  return (
    <Card withBorder padding="lg" data-request={r.person.name}>
      <Group justify="space-between" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Text fw={600}>
            {r.person.name} · {ROLE[r.role]}
          </Text>
          <Text size="sm">
            <Anchor component={Link} to={r.kind === 'exchange' ? `/exchanges/${r.id}` : `/learning/matches/${r.id}`} inherit>
              “{r.title}”
            </Anchor>
          </Text>
          <Group gap="xs">
            <CountryName code={r.person.country} />
            <Text size="xs" c="dimmed">
              · {r.kind === 'exchange' ? 'registered' : 'proposed'} {formatDate(r.requestedAt)}
            </Text>
          </Group>
        </Stack>
        {r.status === 'pending' ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setRefusing(true)}>
              Refuse…
            </Button>
            <Button onClick={() => send('approved')} loading={decide.isPending}>
              Approve
            </Button>
          </Group>
        ) : (
          <Badge color={AUTHORISATION[r.status].color} variant="light">
            {AUTHORISATION[r.status].label}
          </Badge>
        )}
      </Group>
      <ReasonModal opened={refusing} title={`Refuse ${r.person.name}'s participation`} confirmLabel="Refuse" reasonRequired loading={decide.isPending} onConfirm={(reason) => send('refused', reason ?? '')} onClose={() => setRefusing(false)}>
        {r.kind === 'exchange' ? 'Their registration is withdrawn and the seat goes to the next on the waitlist' : 'The proposal ends'}; say why, so they and the coordinator can act on it.
      </ReasonModal>
    </Card>
  );
}
