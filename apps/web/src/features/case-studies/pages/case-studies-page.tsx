import { Anchor, Badge, Button, Card, Grid, Group, Loader, Pagination, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CaseStudySearchQuery, type CaseStudyPage } from '@peerhub/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { countryOptions, CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, languageOptions, languageName, topicName, topicOptions } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { t } from '../../../i18n/locale-store';
import { useMe } from '../../../lib/session';
import { useCaseStudies, type CaseStudyFilters } from '../api/get-case-studies';
import '../case-studies.css';
import { HitHighlight } from '../components/hit-highlight';
import { stageName } from '../model/labels';

const PAGE_SIZE = 10;
// A function, not a constant: the labels are built in the language on screen.
const sortOptions = () => [
  { value: 'relevance', label: t('caseStudies.list.sort.relevance') },
  { value: 'newest', label: t('caseStudies.list.sort.newest') },
  { value: 'title', label: t('caseStudies.list.sort.title') },
];
const YEARS = Array.from({ length: new Date().getFullYear() - 1999 }, (_, i) => String(new Date().getFullYear() - i));

/** The library: full-text search in English and Russian, filters, sort and pages, all kept in the URL. */
export function CaseStudiesPage() {
  const intl = useIntl();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v);
        else next.delete(k);
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q, 300);
  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedQ.trim()) set({ q: debouncedQ.trim() || null });
    // Only the typed text drives this; the other filters set the URL themselves.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedQ]);

  // The URL is outside input: keep only what the contract accepts.
  const parsed = CaseStudySearchQuery.safeParse(Object.fromEntries(params));
  const query = parsed.success ? parsed.data : CaseStudySearchQuery.parse({});
  const filters: CaseStudyFilters = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.country ? { country: query.country } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.allianceId ? { allianceId: query.allianceId } : {}),
    ...(query.language ? { language: query.language } : {}),
    ...(query.year ? { year: query.year } : {}),
    ...(query.mine ? { mine: 'true' as const } : {}),
    sort: query.q ? query.sort : query.sort === 'relevance' ? 'newest' : query.sort,
    page: query.page,
    pageSize: PAGE_SIZE,
  };
  const studies = useCaseStudies(filters);
  const alliances = me.memberships.filter((m) => m.status === 'active');

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'caseStudies.list.eyebrow' })}
        title={intl.formatMessage({ id: 'caseStudies.list.title' })}
        description={intl.formatMessage({ id: 'caseStudies.list.description' })}
        actions={
          <Button component={Link} to="/case-studies/new" leftSection={<IconPlus size={16} />}>
            {intl.formatMessage({ id: 'caseStudies.list.write' })}
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="md" component="search" aria-label={intl.formatMessage({ id: 'caseStudies.list.searchLibrary' })}>
          <Stack gap="sm">
            <SearchInput
              aria-label={intl.formatMessage({ id: 'caseStudies.list.search' })}
              placeholder={intl.formatMessage({ id: 'caseStudies.list.searchPlaceholder' })}
              rightSection={studies.isFetching ? <Loader size="xs" /> : null}
              value={q}
              onSearch={setQ}
              size="md"
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.field.country' })} placeholder={intl.formatMessage({ id: 'caseStudies.list.anyCountry' })} clearable searchable data={countryOptions()} value={query.country ?? null} onChange={(v) => set({ country: v })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.list.topic' })} placeholder={intl.formatMessage({ id: 'caseStudies.list.anyTopic' })} clearable data={topicOptions()} value={query.topic ?? null} onChange={(v) => set({ topic: v })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.field.allianceId' })} placeholder={intl.formatMessage({ id: 'caseStudies.list.anyAlliance' })} clearable data={alliances.map((m) => ({ value: m.allianceId, label: m.allianceName }))} value={query.allianceId ?? null} onChange={(v) => set({ allianceId: v })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.field.language' })} placeholder={intl.formatMessage({ id: 'caseStudies.list.anyLanguage' })} clearable searchable data={languageOptions()} value={query.language ?? null} onChange={(v) => set({ language: v })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.field.year' })} placeholder={intl.formatMessage({ id: 'caseStudies.list.anyYear' })} clearable data={YEARS} value={query.year ? String(query.year) : null} onChange={(v) => set({ year: v })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
                <Select aria-label={intl.formatMessage({ id: 'caseStudies.list.sort' })} data={query.q ? sortOptions() : sortOptions().slice(1)} value={filters.sort ?? 'newest'} allowDeselect={false} onChange={(v) => set({ sort: v })} />
              </Grid.Col>
            </Grid>
            <Group gap="xs">
              <Button size="compact-sm" variant={query.mine ? 'filled' : 'default'} onClick={() => set({ mine: query.mine ? null : 'true' })} aria-pressed={query.mine ?? false}>
                {intl.formatMessage({ id: 'caseStudies.list.mine' })}
              </Button>
            </Group>
          </Stack>
        </Card>
        <QueryState query={studies}>{(page) => <Results page={page} onPage={(p) => set({ page: p > 1 ? String(p) : null })} />}</QueryState>
      </Stack>
    </>
  );
}

function Results({ page, onPage }: { page: CaseStudyPage; onPage: (page: number) => void }) {
  const intl = useIntl();
  if (page.items.length === 0) return <EmptyState title={intl.formatMessage({ id: 'caseStudies.list.noMatch' })}>{intl.formatMessage({ id: 'caseStudies.list.noMatchHint' })}</EmptyState>;
  const pages = Math.ceil(page.total / page.pageSize);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" role="status">
        {intl.formatMessage({ id: page.totalCapped ? 'caseStudies.list.countCapped' : 'caseStudies.list.count' }, { count: page.total })}
      </Text>
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={intl.formatMessage({ id: 'caseStudies.list.title' })}>
        {page.items.map((c) => (
          <Card key={c.id} component="li" withBorder padding="md" className="cs-hit">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/case-studies/${c.id}`} fw={600} fz="lg">
                  {c.title}
                </Anchor>
                <Text size="sm" className="cs-highlight">
                  <HitHighlight passage={c.highlight} />
                </Text>
                <Group gap="xs" mt={4}>
                  <CountryName code={c.country} size="xs" />
                  {c.topics.map((t) => (
                    <Badge key={t} size="xs" variant="light">
                      {topicName(t)}
                    </Badge>
                  ))}
                  <Text size="xs" c="dimmed">
                    {[stageName(c.stage), c.year, languageName(c.language), c.authorName, c.publishedAt ? formatDate(c.publishedAt) : null].filter(Boolean).join(' · ')}
                  </Text>
                </Group>
              </Stack>
              {c.status === 'draft' && (
                <Badge color="gray" variant="outline">
                  {intl.formatMessage({ id: 'caseStudies.status.draft' })}
                </Badge>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {pages > 1 && <Pagination total={pages} value={page.page} onChange={onPage} aria-label={intl.formatMessage({ id: 'caseStudies.list.pages' })} />}
    </Stack>
  );
}
