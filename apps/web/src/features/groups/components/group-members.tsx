import { ActionIcon, Anchor, Avatar, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GroupDetail, GroupMember } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconCrown, IconDots, IconUserMinus, IconUserDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
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
  const intl = useIntl();
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
        onSuccess: () => notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: role === 'lead' ? 'groups.members.madeLeadTitle' : 'groups.members.madeMemberTitle' }), message: intl.formatMessage({ id: role === 'lead' ? 'groups.members.madeLeadMessage' : 'groups.members.madeMemberMessage' }, { name: m.name }) }),
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'groups.members.roleFailed' }), message: errorMessage(e) }),
      },
    );

  return (
    <>
      <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={intl.formatMessage({ id: 'groups.members.title' })}>
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
              aria-label={m.role === 'lead' ? intl.formatMessage({ id: 'groups.members.leadLabel' }, { name: m.name }) : m.name}
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
                        {intl.formatMessage({ id: 'groups.standing.lead' })}
                      </Badge>
                    )}
                    {self && (
                      <Text span size="xs" c="dimmed">
                        {intl.formatMessage({ id: 'groups.members.you' })}
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {m.organisationName ?? intl.formatMessage({ id: 'groups.members.noOrganisation' })}
                  </Text>
                </div>
              </Group>
              <Group gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
                <CountryTag code={m.country} />
                {(maySetRole || mayRemove) && !self ? (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'groups.members.manage' }, { name: m.name })}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {maySetRole &&
                        (m.role === 'lead' ? (
                          <Menu.Item leftSection={<IconUserDown size={16} />} onClick={() => changeRole(m, 'member')}>
                            {intl.formatMessage({ id: 'groups.members.makeMember' })}
                          </Menu.Item>
                        ) : (
                          <Menu.Item leftSection={<IconCrown size={16} />} onClick={() => changeRole(m, 'lead')}>
                            {intl.formatMessage({ id: 'groups.members.makeLead' })}
                          </Menu.Item>
                        ))}
                      {mayRemove && (
                        <Menu.Item color="red" leftSection={<IconUserMinus size={16} />} onClick={() => setRemoving(m)}>
                          {intl.formatMessage({ id: 'groups.members.remove' })}
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
        title={intl.formatMessage({ id: 'groups.members.removeTitle' }, { name: removing?.name ?? '' })}
        confirmLabel={intl.formatMessage({ id: 'common.remove' })}
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
                notifications.show({ color: 'gray', title: intl.formatMessage({ id: 'groups.members.removedTitle' }), message: intl.formatMessage({ id: 'groups.members.removedMessage' }, { name: who.name, group: group.name }) });
              },
              onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'groups.members.removeFailed' }), message: errorMessage(e) }),
            },
          );
        }}
      >
        {intl.formatMessage({ id: 'groups.members.removeBody' })}
      </ReasonModal>
    </>
  );
}
