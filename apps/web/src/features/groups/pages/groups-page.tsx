import { Button, Card, Group, Select, SimpleGrid, Skeleton, Switch } from '@mantine/core';
import { GroupsQuery } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconUsersGroup } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFilterParams, useSearchBox } from '../../../lib/use-filter-params';
import { topicOptions } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useGroups, type GroupFilters } from '../api/get-groups';
import { GroupCard } from '../components/group-card';
import { NewGroupButton } from '../components/new-group-button';
import { PagedCards } from '../../../components/ui/paged-cards';
import { SearchInput } from '../../../components/ui/search-input';

const PAGE_SIZE = 12;
const KEYS = ['allianceId', 'topic', 'q', 'status', 'page'] as const;

/** Reads the filters from the address; a value the contract refuses (a hand-edited URL) is ignored. */
function filtersFrom(params: URLSearchParams): GroupFilters {
  const filters: GroupFilters = { pageSize: PAGE_SIZE };
  for (const key of KEYS) {
    const raw = params.get(key);
    if (!raw) continue;
    const parsed = GroupsQuery.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  if (params.get('mine') === 'true') filters.mine = 'true';
  return filters;
}

/** The peer groups of my alliances that I may see; the filters live in the address. */
export function GroupsPage() {
  const intl = useIntl();
  const { params, update, clear } = useFilterParams();
  const filters = filtersFrom(params);
  const me = useMe();
  const actor = useActor();
  const [search, setSearch] = useSearchBox(params, update);
  const groups = useGroups(filters);
  const allianceOptions = me.memberships.filter((m) => m.status === 'active').map((m) => ({ value: m.allianceId, label: m.allianceName }));
  const creatable = me.memberships.filter((m) => can(actor, 'group.create', { allianceId: m.allianceId })).map((m) => ({ value: m.allianceId, label: m.allianceName }));



  const anyFilter = search !== '' || KEYS.some((k) => params.get(k)) || params.get('mine') === 'true';

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'groups.list.eyebrow' })}
        title={intl.formatMessage({ id: 'groups.list.title' })}
        description={intl.formatMessage({ id: 'groups.list.description' })}
        actions={<NewGroupButton allianceOptions={creatable} defaultAllianceId={filters.allianceId ?? null} />}
      />
      <Card withBorder padding="md" mb="lg" component="section" role="search" aria-label={intl.formatMessage({ id: 'groups.list.filters' })}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <SearchInput
            label={intl.formatMessage({ id: 'common.search' })}
            placeholder={intl.formatMessage({ id: 'groups.list.searchPlaceholder' })}
            value={search}
            onSearch={setSearch}
          />
          <Select label={intl.formatMessage({ id: 'groups.form.alliance' })} data={allianceOptions} value={params.get('allianceId')} onChange={(v) => update({ allianceId: v })} clearable placeholder={intl.formatMessage({ id: 'groups.list.any' })} />
          <Select label={intl.formatMessage({ id: 'groups.list.topic' })} data={topicOptions()} value={params.get('topic')} onChange={(v) => update({ topic: v })} clearable searchable placeholder={intl.formatMessage({ id: 'groups.list.any' })} />
          <Select
            label={intl.formatMessage({ id: 'groups.list.status' })}
            data={[
              { value: 'active', label: intl.formatMessage({ id: 'groups.status.active' }) },
              { value: 'archived', label: intl.formatMessage({ id: 'groups.status.archived' }) },
            ]}
            value={params.get('status')}
            onChange={(v) => update({ status: v })}
            clearable
            placeholder={intl.formatMessage({ id: 'groups.list.any' })}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="sm">
          <Switch label={intl.formatMessage({ id: 'groups.list.mine' })} checked={params.get('mine') === 'true'} onChange={(e) => update({ mine: e.currentTarget.checked ? 'true' : null })} />
          {anyFilter && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setSearch('');
                clear();
              }}
            >
              {intl.formatMessage({ id: 'groups.list.clearFilters' })}
            </Button>
          )}
        </Group>
      </Card>
      <QueryState
        query={groups}
        loading={
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} h={170} radius="md" />
            ))}
          </SimpleGrid>
        }
      >
        {(page) => (
          <PagedCards
            page={page}
            pageSize={PAGE_SIZE}
            count={(n) => intl.formatMessage({ id: 'groups.list.count' }, { count: n })}
            none={intl.formatMessage({ id: 'groups.list.noneMatch' })}
            empty={{
              title: intl.formatMessage({ id: anyFilter ? 'groups.list.noMatch' : 'groups.empty.title' }),
              body: intl.formatMessage({ id: anyFilter ? 'groups.list.noMatchBody' : 'groups.list.emptyBody' }),
              icon: <IconUsersGroup size={22} stroke={1.6} />,
            }}
            stale={groups.isPlaceholderData}
            onPage={(n) => update({ page: String(n) })}
          >
            {(g) => <GroupCard key={g.id} group={g} />}
          </PagedCards>
        )}
      </QueryState>
    </>
  );
}
