import { ActionIcon, Anchor, Avatar, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GroupDetail, GroupMember } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconCrown, IconDots, IconUserMinus, IconUserDown } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { CountryTag } from '../../../components/ui/country';
import { initials } from '../../../components/ui/initials';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useActor } from '../../../lib/session';
import { useRemoveGroupMember } from '../api/remove-group-member';
import { useSetGroupRole } from '../api/set-group-role';
import { groupSubject } from './group-subject';

/** The members, leads first, with their countries; leads and coordinators manage them from a row menu. */
export function GroupMembers({ group }: { group: GroupDetail }) {
  const actor = useActor();
  const subject = groupSubject(group);
  const maySetRole = can(actor, 'group.set-role', subject);
  const mayRemove = can(actor, 'group.remove-member', subject);
  const setRole = useSetGroupRole();
  const remove = useRemoveGroupMember();
  const [removing, setRemoving] = useState<GroupMember | null>(null);
  const members = [...group.members].sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'lead' ? -1 : 1));

  const changeRole = (m: GroupMember, role: GroupMember['role']) =>
    setRole.mutate(
      { groupId: group.id, personId: m.personId, role },
      {
        onSuccess: () => notifications.show({ color: 'peerhub', title: role === 'lead' ? 'New lead' : 'No longer a lead', message: `${m.name} is now ${role === 'lead' ? 'a lead' : 'a member'} of the group.` }),
        onError: (e) => notifications.show({ color: 'red', title: 'Role not changed', message: errorMessage(e) }),
      },
    );

  return (
    <>
      <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Members">
        {members.map((m) => {
          const self = m.personId === actor?.personId;
          return (
            <Group
              key={m.personId}
              component="li"
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py={10}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              aria-label={`${m.name}${m.role === 'lead' ? ', lead' : ''}`}
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar color="peerhub" radius="xl" size={36} alt="">
                  {initials(m.name)}
                </Avatar>
                <div style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/people/${m.personId}`} fw={600} size="sm" truncate>
                      {m.name}
                    </Anchor>
                    {m.role === 'lead' && (
                      <Badge size="sm" variant="light" leftSection={<IconCrown size={11} aria-hidden />}>
                        Lead
                      </Badge>
                    )}
                    {self && (
                      <Text span size="xs" c="dimmed">
                        (you)
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {m.organisationName ?? 'Organisation not given'}
                  </Text>
                </div>
              </Group>
              <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
                <CountryTag code={m.country} />
                {(maySetRole || mayRemove) && !self ? (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Manage ${m.name}`}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {maySetRole &&
                        (m.role === 'lead' ? (
                          <Menu.Item leftSection={<IconUserDown size={16} />} onClick={() => changeRole(m, 'member')}>
                            Make a member (not a lead)
                          </Menu.Item>
                        ) : (
                          <Menu.Item leftSection={<IconCrown size={16} />} onClick={() => changeRole(m, 'lead')}>
                            Make lead
                          </Menu.Item>
                        ))}
                      {mayRemove && (
                        <Menu.Item color="red" leftSection={<IconUserMinus size={16} />} onClick={() => setRemoving(m)}>
                          Remove from group
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                ) : (
                  (maySetRole || mayRemove) && <span style={{ width: 28 }} aria-hidden />
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
      <ReasonModal
        opened={removing !== null}
        title={`Remove ${removing?.name ?? ''} from the group?`}
        confirmLabel="Remove"
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={(reason) => {
          if (!removing) return;
          const who = removing;
          remove.mutate(
            { groupId: group.id, personId: who.personId, reason },
            {
              onSuccess: () => {
                setRemoving(null);
                notifications.show({ color: 'gray', title: 'Removed', message: `${who.name} is no longer in ${group.name}.` });
              },
              onError: (e) => notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(e) }),
            },
          );
        }}
      >
        They lose access to the group's discussion. They stay in the alliance.
      </ReasonModal>
    </>
  );
}
