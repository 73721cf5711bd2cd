import { Button, Card, Center, Group, Pagination, Select, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { LearningNeedsQuery, type MatchProposal } from '@peerhub/contracts';
import { activeRoleIn, can, isAdmin } from '@peerhub/domain';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFilterParams, useSearchBox } from '../../../lib/use-filter-params';
import { EmptyState } from '../../../components/ui/empty-state';
import { topicOptions } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useLearningNeeds, type LearningNeedFilters } from '../api/get-learning-needs';
import { MyMatches, PendingAuthorisations } from '../../matches';
import { useMyProposals } from '../api/get-my-proposals';
import { NeedCard } from '../components/need-card';
import { ProposalCard } from '../components/proposal-card';
import '../learning.css';
import { needStatusOptions } from '../model/labels';
import { proposalSubject } from '../model/subject';
import { PagedCards } from '../../../components/ui/paged-cards';
import { SearchInput } from '../../../components/ui/search-input';

const PAGE_SIZE = 12;
const MINE_PAGE_SIZE = 6;
const KEYS = ['allianceId', 'status', 'topic', 'q', 'page'] as const;
const PAGE_KEYS = ['page', 'minePage'];

/** The alliance list's filters from the address; a value the contract refuses (a hand-edited URL) is ignored. */
function filtersFrom(params: URLSearchParams): LearningNeedFilters {
  const filters: LearningNeedFilters = { pageSize: PAGE_SIZE };
  for (const key of KEYS) {
    const raw = params.get(key);
    if (!raw) continue;
    const parsed = LearningNeedsQuery.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
  }
  return filters;
}

function pageFrom(params: URLSearchParams, key: string): number {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** /learning: proposals waiting for my answer, my needs, and for coordinators the needs of their alliances. */
export function LearningPage() {
  const intl = useIntl();
  const { params, update } = useFilterParams(PAGE_KEYS);
  const [search, setSearch] = useSearchBox(params, update);
  const me = useMe();
  const actor = useActor();
  const now = useNow();
  const mine = useLearningNeeds({ mine: 'true', page: pageFrom(params, 'minePage'), pageSize: MINE_PAGE_SIZE });
  const proposals = useMyProposals();
  const coordinated = me.memberships.filter((m) => m.status === 'active' && actor !== null && (isAdmin(actor) || activeRoleIn(actor, m.allianceId) === 'coordinator'));
  const filters = filtersFrom(params);
  // Without a chosen alliance: every alliance I coordinate (the API adds my own needs in others).
  const alliance = useLearningNeeds(filters, coordinated.length > 0);
  const mayPost = me.memberships.some((m) => can(actor, 'learning-need.create', { allianceId: m.allianceId }));
  const waiting = (proposals.data?.items ?? []).filter((p: MatchProposal) => can(actor, 'match-proposal.answer', proposalSubject(p, me.id, now)));

  const anyFilter = KEYS.some((k) => k !== 'page' && params.get(k));
  // A coordinator's work is the alliances' needs: their own list shows only when they posted some.
  const showMine = coordinated.length === 0 || (mine.data?.total ?? 0) > 0;

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'learning.list.eyebrow' })}
        title={intl.formatMessage({ id: 'learning.list.title' })}
        description={intl.formatMessage({ id: 'learning.list.description' })}
        actions={
          mayPost ? (
            <Button component={Link} to="/learning/new" leftSection={<IconPlus size={16} />}>
              {intl.formatMessage({ id: 'learning.list.post' })}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="xl">
        {waiting.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="waiting-title">
            <Title order={2} fz="lg" id="waiting-title">
              {intl.formatMessage({ id: 'learning.list.waiting' })}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {waiting.map((p) => (
                <ProposalCard key={p.id} proposal={p} showNeed />
              ))}
            </SimpleGrid>
          </Stack>
        )}

        <PendingAuthorisations />
        <MyMatches />

        {coordinated.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="alliance-title">
            <Title order={2} fz="lg" id="alliance-title">
              {intl.formatMessage({ id: 'learning.list.coordinated' })}
            </Title>
            <Card withBorder padding="md" role="search" aria-label={intl.formatMessage({ id: 'learning.list.filter' })}>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                <SearchInput
                  label={intl.formatMessage({ id: 'learning.list.search' })}
                  placeholder={intl.formatMessage({ id: 'learning.list.search.placeholder' })}
                  value={search}
                  onSearch={setSearch}
                />
                <Select
                  label={intl.formatMessage({ id: 'learning.list.alliance' })}
                  data={coordinated.map((m) => ({ value: m.allianceId, label: m.allianceName }))}
                  value={params.get('allianceId')}
                  onChange={(v) => update({ allianceId: v })}
                  clearable
                  placeholder={intl.formatMessage({ id: 'learning.list.alliance.any' })}
                />
                <Select label={intl.formatMessage({ id: 'learning.list.status' })} data={needStatusOptions()} value={params.get('status')} onChange={(v) => update({ status: v })} clearable placeholder={intl.formatMessage({ id: 'learning.list.status.any' })} />
                <Select label={intl.formatMessage({ id: 'learning.list.topic' })} data={topicOptions()} value={params.get('topic')} onChange={(v) => update({ topic: v })} clearable searchable placeholder={intl.formatMessage({ id: 'learning.list.topic.any' })} />
              </SimpleGrid>
              {anyFilter && (
                <Group justify="flex-end" mt="sm">
                  <Button variant="subtle" size="xs" onClick={() => {
                      setSearch('');
                      update({ allianceId: null, status: null, topic: null, q: null });
                    }}>
                    {intl.formatMessage({ id: 'learning.list.clearFilters' })}
                  </Button>
                </Group>
              )}
            </Card>
            <QueryState
              query={alliance}
              loading={
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {Array.from({ length: 4 }, (_, i) => (
                    <Skeleton key={i} h={150} radius="md" />
                  ))}
                </SimpleGrid>
              }
            >
              {(page) => (
                <PagedCards
                  page={page}
                  pageSize={PAGE_SIZE}
                  count={(n) => intl.formatMessage({ id: 'learning.list.count' }, { count: n })}
                  none={intl.formatMessage({ id: 'learning.list.none' })}
                  empty={{
                    title: intl.formatMessage({ id: anyFilter ? 'learning.list.empty.filtered' : 'learning.list.empty' }),
                    body: intl.formatMessage({ id: anyFilter ? 'learning.list.empty.filtered.body' : 'learning.list.empty.body' }),
                    icon: <IconBulb size={22} stroke={1.6} />,
                  }}
                  stale={alliance.isPlaceholderData}
                  onPage={(n) => update({ page: String(n) })}
                >
                  {(n) => <NeedCard key={n.id} need={n} />}
                </PagedCards>
              )}
            </QueryState>
          </Stack>
        )}
        {showMine && (
          <Stack gap="sm" component="section" aria-labelledby="mine-title">
            <Title order={2} fz="lg" id="mine-title">
              {intl.formatMessage({ id: 'learning.list.mine' })}
            </Title>
            <QueryState query={mine} loading={<Skeleton h={150} radius="md" />}>
              {(page) =>
                page.items.length === 0 ? (
                  <Card withBorder>
                    <EmptyState title={intl.formatMessage({ id: 'learning.list.mine.empty' })} icon={<IconBulb size={22} stroke={1.6} />}>
                      {intl.formatMessage({ id: 'learning.list.mine.empty.body' })}
                    </EmptyState>
                  </Card>
                ) : (
                  <>
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ opacity: mine.isPlaceholderData ? 0.6 : 1 }}>
                      {page.items.map((n) => (
                        <NeedCard key={n.id} need={n} showAuthor={false} />
                      ))}
                    </SimpleGrid>
                    {page.total > MINE_PAGE_SIZE && (
                      <Center>
                        <Pagination
                          size="sm"
                          total={Math.ceil(page.total / MINE_PAGE_SIZE)}
                          value={page.page}
                          onChange={(n) => update({ minePage: String(n) })}
                          getControlProps={(control) => ({ 'aria-label': intl.formatMessage({ id: 'learning.list.mine.page' }, { control }) })}
                        />
                      </Center>
                    )}
                  </>
                )
              }
            </QueryState>
          </Stack>
        )}
      </Stack>
    </>
  );
}
