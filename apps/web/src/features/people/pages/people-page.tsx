import { SimpleGrid, Skeleton } from '@mantine/core';
import { PeopleQuery } from '@peerhub/contracts';
import { IconUserSearch } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFilterParams, useSearchBox } from '../../../lib/use-filter-params';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useAlliances } from '../../alliances';
import { usePeople, type PeopleFilters as Filters } from '../api/get-people';
import { PeopleFilters, type FilterKey } from '../components/people-filters';
import { PersonCard } from '../components/person-card';
import { PagedCards } from '../../../components/ui/paged-cards';

const PAGE_SIZE = 12;
const FILTER_KEYS: FilterKey[] = ['country', 'topic', 'language', 'role', 'allianceId'];

/** Reads the filters from the address; a value the contract refuses (a hand-edited URL) is ignored. */
function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = { pageSize: PAGE_SIZE };
  const shape = PeopleQuery.shape;
  for (const key of [...FILTER_KEYS, 'q', 'page'] as const) {
    const raw = params.get(key);
    if (!raw) continue;
    const parsed = shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

/** The directory: the filters live in the address, so a filtered list can be shared and bookmarked. */
export function PeoplePage() {
  const intl = useIntl();
  const { params, update, clear } = useFilterParams();
  const filters = filtersFrom(params);
  const [search, setSearch] = useSearchBox(params, update);
  const alliances = useAlliances();
  const people = usePeople(filters);



  const values = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined])) as Partial<Record<FilterKey, string>>;

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'people.list.eyebrow' })}
        title={intl.formatMessage({ id: 'people.list.title' })}
        description={intl.formatMessage({ id: 'people.list.description' })}
      />
      <PeopleFilters
        search={search}
        onSearch={setSearch}
        values={values}
        onChange={(key, value) => update({ [key]: value })}
        onClear={() => {
          setSearch('');
          clear();
        }}
        allianceOptions={(alliances.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
      />
      <QueryState
        query={people}
        loading={
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} h={140} radius="md" />
            ))}
          </SimpleGrid>
        }
      >
        {(page) => (
          <PagedCards
            page={page}
            pageSize={PAGE_SIZE}
            count={(n) => intl.formatMessage({ id: 'people.list.count' }, { count: n })}
            none={intl.formatMessage({ id: 'people.list.none' })}
            empty={{
              title: intl.formatMessage({ id: 'people.list.noMatch' }),
              body: intl.formatMessage({ id: 'people.list.noMatchBody' }),
              icon: <IconUserSearch size={22} stroke={1.6} />,
            }}
            stale={people.isPlaceholderData}
            onPage={(n) => update({ page: String(n) })}
          >
            {(p) => <PersonCard key={p.id} person={p} />}
          </PagedCards>
        )}
      </QueryState>
    </>
  );
}
