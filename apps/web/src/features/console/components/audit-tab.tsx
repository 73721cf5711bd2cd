import { Button, Card, Center, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { AuditAction, type AuditEntry } from '@peerhub/contracts';
import { IconArrowRight, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useExportAudit } from '../api/export-audit';
import { useAudit, type AuditFilters } from '../api/get-audit';
import { useMembers } from '../api/get-members';

const PAGE_SIZE = 20;

const ACTION_NAMES: Record<AuditAction, string> = {
  'alliance.invited': 'Invited to the alliance',
  'alliance.joined': 'Joined the alliance',
  'alliance.requested': 'Asked to join the alliance',
  'alliance.request-approved': 'Alliance request approved',
  'alliance.request-rejected': 'Alliance request rejected',
  'alliance.role-changed': 'Alliance role changed',
  'alliance.suspended': 'Suspended',
  'alliance.reinstated': 'Reinstated',
  'alliance.removed': 'Removed from the alliance',
  'group.created': 'Group created',
  'group.updated': 'Group updated',
  'group.joined': 'Joined a group',
  'group.requested': 'Asked to join a group',
  'group.request-approved': 'Group request approved',
  'group.request-rejected': 'Group request rejected',
  'group.invited': 'Invited to a group',
  'group.left': 'Left a group',
  'group.removed': 'Removed from a group',
  'group.role-changed': 'Group role changed',
};
const ACTION_OPTIONS = AuditAction.options.map((a) => ({ value: a, label: ACTION_NAMES[a] }));

const show = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/** "role: member → expert": only the fields that changed, each once. */
function Change({ before, after }: Pick<AuditEntry, 'before' | 'after'>) {
  if (!before && !after) return <Text c="dimmed">—</Text>;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return (
    <Stack gap={2}>
      {keys.map((k) => (
        <Group key={k} gap={4} wrap="nowrap" fz="sm">
          <Text span size="sm" c="dimmed">
            {k}:
          </Text>
          <Text span size="sm">
            {before && k in before ? show(before[k]) : '—'}
          </Text>
          <IconArrowRight size={12} aria-label="to" />
          <Text span size="sm" fw={600}>
            {after && k in after ? show(after[k]) : '—'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Who did what to whom, when and why; filterable, paginated, exportable. */
export function AuditTab({ allianceId }: { allianceId: string }) {
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: PAGE_SIZE });
  const [personSearch, setPersonSearch] = useState('');
  const [q] = useDebouncedValue(personSearch.trim(), 250);
  const audit = useAudit(allianceId, filters);
  const people = useMembers(allianceId, { q: q || undefined, pageSize: 50 });
  const exportCsv = useExportAudit();
  const set = (changes: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...changes, page: 1 }));
  const personOptions = (people.data?.items ?? []).map((m) => ({ value: m.personId, label: m.name }));

  return (
    <Stack>
      <Card withBorder padding="md" role="search" aria-label="Filter the audit log">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label="Person"
            placeholder="Anyone"
            data={personOptions}
            searchable
            clearable
            searchValue={personSearch}
            onSearchChange={setPersonSearch}
            value={filters.personId ?? null}
            onChange={(v) => set({ personId: v ?? undefined })}
            nothingFoundMessage="No member matches"
          />
          <Select label="Action" placeholder="Any" data={ACTION_OPTIONS} searchable clearable value={filters.action ?? null} onChange={(v) => set({ action: (v ?? undefined) as AuditFilters['action'] })} />
          <TextInput label="From" type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
          <TextInput label="To" type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </SimpleGrid>
      </Card>
      <QueryState query={audit}>
        {(page) => (
          <Card withBorder padding={0} style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }}>
            <Group justify="space-between" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" c="dimmed" aria-live="polite">
                {page.total === 0 ? 'No entries.' : `${page.total} ${page.total === 1 ? 'entry' : 'entries'}${page.total > PAGE_SIZE ? ` · page ${page.page} of ${Math.ceil(page.total / PAGE_SIZE)}` : ''}`}
              </Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} />}
                loading={exportCsv.isPending}
                disabled={page.total === 0}
                onClick={() => exportCsv.mutate({ allianceId, filters }, { onError: (e) => notifications.show({ color: 'red', title: 'Not exported', message: errorMessage(e) }) })}
              >
                Export CSV
              </Button>
            </Group>
            {page.items.length === 0 ? (
              <EmptyState title="Nothing recorded for these filters" />
            ) : (
              <Table.ScrollContainer minWidth={960}>
                <Table verticalSpacing="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>When</Table.Th>
                      <Table.Th>Who</Table.Th>
                      <Table.Th>What</Table.Th>
                      <Table.Th>To whom</Table.Th>
                      <Table.Th>Group</Table.Th>
                      <Table.Th>Before → after</Table.Th>
                      <Table.Th>Reason</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                        <Table.Td>{e.actorName ?? <Text c="dimmed">System</Text>}</Table.Td>
                        <Table.Td>{ACTION_NAMES[e.action]}</Table.Td>
                        <Table.Td>{e.subjectName ?? '—'}</Table.Td>
                        <Table.Td>{e.groupName ?? '—'}</Table.Td>
                        <Table.Td>
                          <Change before={e.before} after={e.after} />
                        </Table.Td>
                        <Table.Td maw={240}>
                          <Text size="sm" c={e.reason ? undefined : 'dimmed'}>
                            {e.reason ?? '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {page.total > PAGE_SIZE && (
              <Center p="md">
                <Pagination total={Math.ceil(page.total / PAGE_SIZE)} value={page.page} onChange={(n) => setFilters((f) => ({ ...f, page: n }))} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
              </Center>
            )}
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
