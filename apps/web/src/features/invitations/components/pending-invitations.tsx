import { Badge, Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, roleName } from '../../../components/ui/labels';
import { errorMessage } from '../../../lib/api-client';
import { useAllianceInvitations } from '../api/get-alliance-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

/** The alliance's invitations still waiting for an answer, each revocable. */
export function PendingInvitations({ allianceId }: { allianceId: string }) {
  const invitations = useAllianceInvitations(allianceId);
  const revoke = useRevokeInvitation();
  const pending = (invitations.data?.items ?? []).filter((i) => i.status === 'pending');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pending-invitations">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="pending-invitations">
          Pending invitations
        </Title>
        {invitations.isFetching && <Loader size="xs" aria-label="Updating" />}
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
        <EmptyState title="No pending invitations">Invitations you send appear here until they are accepted.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={620}>
          <Table verticalSpacing="xs" styles={{ th: { whiteSpace: 'nowrap' } }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Invited by</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
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
                      aria-label={`Revoke the invitation of ${i.name}`}
                      loading={revoke.isPending && revoke.variables.invitationId === i.id}
                      onClick={() =>
                        revoke.mutate(
                          { allianceId, invitationId: i.id },
                          {
                            onSuccess: () => notifications.show({ color: 'gray', title: 'Invitation revoked', message: `The link sent to ${i.email} no longer works.` }),
                            onError: (e) => notifications.show({ color: 'red', title: 'Not revoked', message: errorMessage(e) }),
                          },
                        )
                      }
                    >
                      Revoke
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
