import { ActionIcon, Badge, Card, Center, Group, Menu, Pagination, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { AllianceRole, MembersQuery, type MemberRow } from '@peerhub/contracts';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconDots, IconPlayerPause, IconPlayerPlay, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { countryOptions, CountryTag } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, roleName, roleOptions } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { SearchInput } from '../../../components/ui/search-input';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useGroups } from '../../groups';
import { useChangeMembership } from '../api/change-membership';
import { useMembers, type MemberFilters } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

const PAGE_SIZE = 20;
type Sort = MembersQuery['sort'];
type Pending = { kind: 'suspend' | 'reinstate' | 'remove'; member: MemberRow };

// A function, not a constant: the labels are built in the language on screen.
const statusOptions = () => [
  { value: 'active', label: t('console.members.status.active') },
  { value: 'suspended', label: t('console.members.status.suspended') },
];

/** The membership table: search, filter, sort, paginate; role in place; suspend, reinstate, remove with a reason. */
export function MembersTab({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
  const me = useMe();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<Omit<MemberFilters, 'q'>>({ sort: 'name', order: 'asc', page: 1, pageSize: PAGE_SIZE });
  const members = useMembers(allianceId, { ...filters, q: q || undefined });
  const groups = useGroups({ allianceId, pageSize: 100 });
  const change = useChangeMembership();
  const remove = useRemoveMember();
  const [pending, setPending] = useState<Pending | null>(null);

  const set = (changes: Partial<MemberFilters>) => setFilters((f) => ({ ...f, page: 1, ...changes }));
  const sortBy = (sort: Sort) => setFilters((f) => ({ ...f, sort, order: f.sort === sort && f.order === 'asc' ? 'desc' : 'asc', page: 1 }));

  const header = (sort: Sort, label: string) => {
    const active = filters.sort === sort;
    const Icon = !active ? IconArrowsSort : filters.order === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th aria-sort={active ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => sortBy(sort)} fw={600} fz="sm" aria-label={intl.formatMessage({ id: 'console.members.sortBy' }, { column: label.toLowerCase() })}>
          <Group gap={4} wrap="nowrap">
            {label}
            <Icon size={14} stroke={1.8} color={active ? 'var(--mantine-color-peerhub-7)' : 'var(--mantine-color-gray-5)'} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const notify = (title: string, message: string) => notifications.show({ color: 'peerhub', title, message });
  const failed = (title: string) => (e: unknown) => notifications.show({ color: 'red', title, message: errorMessage(e) });

  const confirm = (reason: string | undefined) => {
    if (!pending) return;
    const { kind, member } = pending;
    if (kind === 'remove') {
      remove.mutate(
        { allianceId, personId: member.personId, reason },
        {
          onSuccess: () => {
            setPending(null);
            notify(intl.formatMessage({ id: 'console.members.removed' }), intl.formatMessage({ id: 'console.members.removedMessage' }, { name: member.name }));
          },
          onError: failed(intl.formatMessage({ id: 'console.members.notRemoved' })),
        },
      );
      return;
    }
    change.mutate(
      { allianceId, personId: member.personId, body: { status: kind === 'suspend' ? 'suspended' : 'active', reason } },
      {
        onSuccess: () => {
          setPending(null);
          notify(
            intl.formatMessage({ id: kind === 'suspend' ? 'console.members.suspended' : 'console.members.reinstated' }),
            intl.formatMessage({ id: kind === 'suspend' ? 'console.members.suspendedMessage' : 'console.members.reinstatedMessage' }, { name: member.name }),
          );
        },
        onError: failed(intl.formatMessage({ id: 'console.members.notChanged' })),
      },
    );
  };

  return (
    <Stack>
      <Card withBorder padding="md" role="search" aria-label={intl.formatMessage({ id: 'console.members.filter' })}>
        <SearchInput
          mb="sm"
          maw={{ md: 420 }}
          label={intl.formatMessage({ id: 'common.search' })}
          placeholder={intl.formatMessage({ id: 'console.members.searchPlaceholder' })}
          value={search}
          onSearch={(text) => {
            setSearch(text);
            set({});
          }}
        />
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Select label={intl.formatMessage({ id: 'console.members.country' })} data={countryOptions()} value={filters.country ?? null} onChange={(v) => set({ country: (v ?? undefined) as MemberFilters['country'] })} clearable searchable placeholder={intl.formatMessage({ id: 'console.members.any' })} />
          <Select label={intl.formatMessage({ id: 'console.members.role' })} data={roleOptions()} value={filters.role ?? null} onChange={(v) => set({ role: (v ?? undefined) as MemberFilters['role'] })} clearable placeholder={intl.formatMessage({ id: 'console.members.any' })} />
          <Select
            label={intl.formatMessage({ id: 'console.members.group' })}
            data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={filters.groupId ?? null}
            onChange={(v) => set({ groupId: v ?? undefined })}
            clearable
            searchable
            placeholder={intl.formatMessage({ id: 'console.members.any' })}
          />
          <Select label={intl.formatMessage({ id: 'console.members.status' })} data={statusOptions()} value={filters.status ?? null} onChange={(v) => set({ status: (v ?? undefined) as MemberFilters['status'] })} clearable placeholder={intl.formatMessage({ id: 'console.members.any' })} />
        </SimpleGrid>
      </Card>
      <QueryState query={members}>
        {(page) => (
          <Card withBorder padding={0} style={{ opacity: members.isPlaceholderData ? 0.6 : 1 }}>
            <Text size="sm" c="dimmed" p="md" aria-live="polite" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              {page.total === 0
                ? intl.formatMessage({ id: 'console.members.nobody' })
                : page.total > PAGE_SIZE
                  ? intl.formatMessage({ id: 'console.members.countPaged' }, { count: page.total, page: page.page, pages: Math.ceil(page.total / PAGE_SIZE) })
                  : intl.formatMessage({ id: 'console.members.count' }, { count: page.total })}
            </Text>
            {page.items.length === 0 ? (
              <EmptyState title={intl.formatMessage({ id: 'console.members.nobodyMatchesFilters' })} />
            ) : (
              <Table.ScrollContainer minWidth={860}>
                <Table verticalSpacing="xs" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      {header('name', intl.formatMessage({ id: 'console.members.column.name' }))}
                      {header('country', intl.formatMessage({ id: 'console.members.country' }))}
                      {header('role', intl.formatMessage({ id: 'console.members.role' }))}
                      <Table.Th>{intl.formatMessage({ id: 'console.members.status' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.members.column.groups' })}</Table.Th>
                      {header('joinedAt', intl.formatMessage({ id: 'console.members.column.joined' }))}
                      <Table.Th>
                        <span className="visually-hidden">{intl.formatMessage({ id: 'console.members.column.actions' })}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((m) => {
                      const self = m.personId === me.id;
                      return (
                        <Table.Tr key={m.personId}>
                          <Table.Td>
                            <Text size="sm" fw={600} component={Link} to={`/people/${m.personId}`} c="peerhub.8">
                              {m.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {m.email}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <CountryTag code={m.country} />
                          </Table.Td>
                          <Table.Td w={160}>
                            <Select
                              size="xs"
                              data={roleOptions()}
                              value={m.role}
                              allowDeselect={false}
                              disabled={self || (change.isPending && change.variables.personId === m.personId)}
                              aria-label={intl.formatMessage({ id: 'console.members.roleOf' }, { name: m.name })}
                              onChange={(v) => {
                                const role = AllianceRole.safeParse(v);
                                if (!role.success || role.data === m.role) return;
                                change.mutate(
                                  { allianceId, personId: m.personId, body: { role: role.data } },
                                  {
                                    onSuccess: () => notify(intl.formatMessage({ id: 'console.members.roleChanged' }), intl.formatMessage({ id: 'console.members.roleChangedMessage' }, { name: m.name, role: roleName(role.data).toLowerCase() })),
                                    onError: failed(intl.formatMessage({ id: 'console.members.roleNotChanged' })),
                                  },
                                );
                              }}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Badge variant={m.status === 'active' ? 'light' : 'outline'} color={m.status === 'active' ? 'teal' : 'red'}>
                              {intl.formatMessage({ id: m.status === 'active' ? 'console.members.status.active' : 'console.members.status.suspended' })}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{m.groupCount}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.joinedAt)}</Table.Td>
                          <Table.Td ta="right">
                            {!self && (
                              <Menu position="bottom-end" withinPortal>
                                <Menu.Target>
                                  <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'console.members.manage' }, { name: m.name })}>
                                    <IconDots size={18} />
                                  </ActionIcon>
                                </Menu.Target>
                                <Menu.Dropdown>
                                  {m.status === 'active' ? (
                                    <Menu.Item leftSection={<IconPlayerPause size={16} />} onClick={() => setPending({ kind: 'suspend', member: m })}>
                                      {intl.formatMessage({ id: 'console.members.suspend' })}
                                    </Menu.Item>
                                  ) : (
                                    <Menu.Item leftSection={<IconPlayerPlay size={16} />} onClick={() => setPending({ kind: 'reinstate', member: m })}>
                                      {intl.formatMessage({ id: 'console.members.reinstate' })}
                                    </Menu.Item>
                                  )}
                                  <Menu.Item color="red" leftSection={<IconUserMinus size={16} />} onClick={() => setPending({ kind: 'remove', member: m })}>
                                    {intl.formatMessage({ id: 'console.members.removeFromAlliance' })}
                                  </Menu.Item>
                                </Menu.Dropdown>
                              </Menu>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {page.total > PAGE_SIZE && (
              <Center p="md">
                <Pagination total={Math.ceil(page.total / PAGE_SIZE)} value={page.page} onChange={(n) => setFilters((f) => ({ ...f, page: n }))} getControlProps={(control) => ({ 'aria-label': intl.formatMessage({ id: 'console.pagination.control' }, { control }) })} />
              </Center>
            )}
          </Card>
        )}
      </QueryState>
      <ReasonModal
        opened={pending !== null}
        title={pending ? intl.formatMessage({ id: 'console.members.confirmTitle' }, { kind: pending.kind, name: pending.member.name }) : ''}
        confirmLabel={intl.formatMessage({ id: pending?.kind === 'suspend' ? 'console.members.suspend' : pending?.kind === 'reinstate' ? 'console.members.reinstate' : 'common.remove' })}
        color={pending?.kind === 'reinstate' ? 'peerhub' : 'red'}
        loading={change.isPending || remove.isPending}
        onClose={() => setPending(null)}
        onConfirm={confirm}
      >
        {pending?.kind === 'suspend' && intl.formatMessage({ id: 'console.members.suspendExplained' })}
        {pending?.kind === 'reinstate' && intl.formatMessage({ id: 'console.members.reinstateExplained' })}
        {pending?.kind === 'remove' && intl.formatMessage({ id: 'console.members.removeExplained' })}
      </ReasonModal>
    </Stack>
  );
}
