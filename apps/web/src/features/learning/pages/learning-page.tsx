import { Button, Card, Center, Group, Pagination, Select, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { LearningNeedsQuery, type MatchProposal } from '@peerhub/contracts';
import { activeRoleIn, can, isAdmin } from '@peerhub/domain';
import { IconBulb, IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
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
import { NEED_STATUS_OPTIONS } from '../model/labels';
import { proposalSubject } from '../model/subject';
import { PagedCards } from '../../../components/ui/paged-cards';

const PAGE_SIZE = 12;
const MINE_PAGE_SIZE = 6;
const KEYS = ['allianceId', 'status', 'topic', 'page'] as const;

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
  const [params, setParams] = useSearchParams();
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

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes) && !('minePage' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const anyFilter = KEYS.some((k) => k !== 'page' && params.get(k));
  // A coordinator's work is the alliances' needs: their own list shows only when they posted some.
  const showMine = coordinated.length === 0 || (mine.data?.total ?? 0) > 0;

  return (
    <>
      <PageHeader
        eyebrow="P2P learning"
        title="Learning needs"
        description="A reform challenge you want to learn about from peers in other countries. Post it; the alliance coordinators match you with peers who have done it, and each of you accepts before the match starts."
        actions={
          mayPost ? (
            <Button component={Link} to="/learning/new" leftSection={<IconPlus size={16} />}>
              Post a learning need
            </Button>
          ) : undefined
        }
      />
      <Stack gap="xl">
        {waiting.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="waiting-title">
            <Title order={2} fz="lg" id="waiting-title">
              Waiting for your answer
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
              Needs in the alliances you coordinate
            </Title>
            <Card withBorder padding="md" role="search" aria-label="Filter learning needs">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label="Alliance"
                  data={coordinated.map((m) => ({ value: m.allianceId, label: m.allianceName }))}
                  value={params.get('allianceId')}
                  onChange={(v) => update({ allianceId: v })}
                  clearable
                  placeholder="Any"
                />
                <Select label="Status" data={NEED_STATUS_OPTIONS} value={params.get('status')} onChange={(v) => update({ status: v })} clearable placeholder="Any" />
                <Select label="Topic" data={topicOptions()} value={params.get('topic')} onChange={(v) => update({ topic: v })} clearable searchable placeholder="Any" />
              </SimpleGrid>
              {anyFilter && (
                <Group justify="flex-end" mt="sm">
                  <Button variant="subtle" size="xs" onClick={() => update({ allianceId: null, status: null, topic: null })}>
                    Clear all filters
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
                  noun={['learning need', 'learning needs']}
                  empty={{
                    title: anyFilter ? 'No learning needs match these filters' : 'No learning needs yet',
                    body: anyFilter ? 'Try fewer filters.' : 'Needs the members post appear here, drafts included.',
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
              My learning needs
            </Title>
            <QueryState query={mine} loading={<Skeleton h={150} radius="md" />}>
              {(page) =>
                page.items.length === 0 ? (
                  <Card withBorder>
                    <EmptyState title="You have not posted a learning need yet" icon={<IconBulb size={22} stroke={1.6} />}>
                      Describe a reform challenge in your own words; the coordinators find peers who have been there.
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
                          getControlProps={(control) => ({ 'aria-label': `${control} page of my needs` })}
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
