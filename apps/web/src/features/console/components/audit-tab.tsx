import { Button, Card, Center, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { AuditAction, type AuditEntry } from '@peerhub/contracts';
import { IconArrowRight, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useExportAudit } from '../api/export-audit';
import { useAudit, type AuditFilters } from '../api/get-audit';
import { useMembers } from '../api/get-members';

const PAGE_SIZE = 20;

/** An audit action in the page's language (a function: the language can change). */
const actionName = (action: AuditAction): string => t(`console.audit.action.${action}`);
const actionOptions = () => AuditAction.options.map((a) => ({ value: a, label: actionName(a) }));

const show = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/** "role: member → expert": only the fields that changed, each once. */
function Change({ before, after }: Pick<AuditEntry, 'before' | 'after'>) {
  const intl = useIntl();
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
          <IconArrowRight size={12} aria-label={intl.formatMessage({ id: 'console.audit.changeTo' })} />
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
  const intl = useIntl();
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
      <Card withBorder padding="md" role="search" aria-label={intl.formatMessage({ id: 'console.audit.filter' })}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={intl.formatMessage({ id: 'console.audit.person' })}
            placeholder={intl.formatMessage({ id: 'console.audit.anyone' })}
            data={personOptions}
            searchable
            clearable
            searchValue={personSearch}
            onSearchChange={setPersonSearch}
            value={filters.personId ?? null}
            onChange={(v) => set({ personId: v ?? undefined })}
            nothingFoundMessage={intl.formatMessage({ id: 'console.audit.noMemberMatches' })}
          />
          <Select label={intl.formatMessage({ id: 'console.audit.action' })} placeholder={intl.formatMessage({ id: 'console.audit.any' })} data={actionOptions()} searchable clearable value={filters.action ?? null} onChange={(v) => set({ action: (v ?? undefined) as AuditFilters['action'] })} />
          <TextInput label={intl.formatMessage({ id: 'console.audit.from' })} type="date" value={filters.from ?? ''} max={filters.to} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
          <TextInput label={intl.formatMessage({ id: 'console.audit.to' })} type="date" value={filters.to ?? ''} min={filters.from} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </SimpleGrid>
      </Card>
      <QueryState query={audit}>
        {(page) => (
          <Card withBorder padding={0} style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }}>
            <Group justify="space-between" p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" c="dimmed" aria-live="polite">
                {page.total === 0
                  ? intl.formatMessage({ id: 'console.audit.noEntries' })
                  : page.total > PAGE_SIZE
                    ? intl.formatMessage({ id: 'console.audit.entriesPaged' }, { count: page.total, page: page.page, pages: Math.ceil(page.total / PAGE_SIZE) })
                    : intl.formatMessage({ id: 'console.audit.entries' }, { count: page.total })}
              </Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} />}
                loading={exportCsv.isPending}
                disabled={page.total === 0}
                onClick={() => exportCsv.mutate({ allianceId, filters }, { onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'console.audit.notExported' }), message: errorMessage(e) }) })}
              >
                {intl.formatMessage({ id: 'console.audit.exportCsv' })}
              </Button>
            </Group>
            {page.items.length === 0 ? (
              <EmptyState title={intl.formatMessage({ id: 'console.audit.nothingRecorded' })} />
            ) : (
              <Table.ScrollContainer minWidth={960}>
                <Table verticalSpacing="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.when' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.who' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.what' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.toWhom' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.group' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.beforeAfter' })}</Table.Th>
                      <Table.Th>{intl.formatMessage({ id: 'console.audit.column.reason' })}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                        <Table.Td>{e.actorName ?? <Text c="dimmed">{intl.formatMessage({ id: 'console.audit.system' })}</Text>}</Table.Td>
                        <Table.Td>{actionName(e.action)}</Table.Td>
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
                <Pagination total={Math.ceil(page.total / PAGE_SIZE)} value={page.page} onChange={(n) => setFilters((f) => ({ ...f, page: n }))} getControlProps={(control) => ({ 'aria-label': intl.formatMessage({ id: 'console.pagination.control' }, { control }) })} />
              </Center>
            )}
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
