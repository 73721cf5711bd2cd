import { Badge, Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, roleName } from '../../../components/ui/labels';
import { errorMessage } from '../../../lib/api-client';
import { useAllianceInvitations } from '../api/get-alliance-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

/** The alliance's invitations still waiting for an answer, each revocable. */
export function PendingInvitations({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
  const invitations = useAllianceInvitations(allianceId);
  const revoke = useRevokeInvitation();
  const pending = (invitations.data?.items ?? []).filter((i) => i.status === 'pending');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pending-invitations">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="pending-invitations">
          {intl.formatMessage({ id: 'invitations.pending.title' })}
        </Title>
        {invitations.isFetching && <Loader size="xs" aria-label={intl.formatMessage({ id: 'invitations.pending.updating' })} />}
        {!invitations.isPending && (
          <Badge variant="light" color="gray">
            {pending.length}
          </Badge>
        )}
      </Group>
      {invitations.isError ? (
        <Text c="red" size="sm">
          {errorMessage(invitations.error)}
        </Text>
      ) : invitations.isPending ? null : pending.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'invitations.pending.empty' })}>{intl.formatMessage({ id: 'invitations.pending.emptyText' })}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'invitations.pending.name' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'invitations.pending.email' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'invitations.pending.role' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'invitations.pending.invitedBy' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'invitations.pending.expires' })}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{intl.formatMessage({ id: 'invitations.pending.actions' })}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td fw={500}>{i.name}</Table.Td>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{roleName(i.role)}</Table.Td>
                  <Table.Td>{i.invitedByName}</Table.Td>
                  <Table.Td>{formatDate(i.expiresAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={intl.formatMessage({ id: 'invitations.pending.revokeLabel' }, { name: i.name })}
                      loading={revoke.isPending && revoke.variables.invitationId === i.id}
                      onClick={() =>
                        revoke.mutate(
                          { allianceId, invitationId: i.id },
                          {
                            onSuccess: () =>
                              notifications.show({
                                color: 'gray',
                                title: intl.formatMessage({ id: 'invitations.pending.revoked' }),
                                message: intl.formatMessage({ id: 'invitations.pending.revokedMessage' }, { email: i.email }),
                              }),
                            onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'invitations.pending.notRevoked' }), message: errorMessage(e) }),
                          },
                        )
                      }
                    >
                      {intl.formatMessage({ id: 'invitations.pending.revoke' })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
