import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LearningResults, LearningResultTable } from '@peerhub/contracts';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, topicName } from '../../../components/ui/labels';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useExportResultTable, useLearningResults } from '../api/learning-results';

function Panel({ id, title, description, table, allianceId, children }: { id: string; title: string; description: string; table?: LearningResultTable; allianceId: string; children: ReactNode }) {
  const intl = useIntl();
  const exportTable = useExportResultTable();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} fz="md" id={id}>
            {title}
          </Title>
          <Text size="xs" c="dimmed" mb="md">
            {description}
          </Text>
        </div>
        {table && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconDownload size={14} />}
            aria-label={intl.formatMessage({ id: 'matches.results.download' }, { title })}
            loading={exportTable.isPending && exportTable.variables?.table === table}
            onClick={() => exportTable.mutate({ allianceId, table }, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}
          >
            CSV
          </Button>
        )}
      </Group>
      {children}
    </Card>
  );
}

/** The alliance's learning cycle in figures, for its coordinators; every table downloads as CSV. */
export function ResultsTab({ allianceId }: { allianceId: string }) {
  const results = useLearningResults(allianceId);
  return <QueryState query={results}>{(r) => <Results results={r} />}</QueryState>;
}

function Results({ results: r }: { results: LearningResults }) {
  const intl = useIntl();
  const id = r.allianceId;
  // The names are shown (legend, tooltip): in the language on screen.
  const proposals = [
    { name: intl.formatMessage({ id: 'matches.results.proposals.accepted' }), value: r.proposals.accepted, color: 'teal.5' },
    { name: intl.formatMessage({ id: 'matches.results.proposals.waiting' }), value: r.proposals.proposed, color: 'blue.4' },
    { name: intl.formatMessage({ id: 'matches.results.proposals.declined' }), value: r.proposals.declined, color: 'red.4' },
    { name: intl.formatMessage({ id: 'matches.results.proposals.expired' }), value: r.proposals.expired, color: 'gray.4' },
  ].filter((p) => p.value > 0);
  const needs = intl.formatMessage({ id: 'matches.results.series.needs' });
  const noNeeds = intl.formatMessage({ id: 'matches.results.noNeeds' });
  const plans = r.actionPlans;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel id="results-topics" title={intl.formatMessage({ id: 'matches.results.byTopic' })} description={intl.formatMessage({ id: 'matches.results.byTopic.description' })} table="needs-by-topic" allianceId={id}>
          {r.needsByTopic.length === 0 ? <EmptyState title={noNeeds} /> : <BarChart h={220} data={r.needsByTopic.map((t) => ({ topic: topicName(t.key), Needs: t.count }))} dataKey="topic" series={[{ name: 'Needs', label: needs, color: 'peerhub.6' }]} yAxisProps={{ allowDecimals: false }} />}
        </Panel>
        <Panel id="results-countries" title={intl.formatMessage({ id: 'matches.results.byCountry' })} description={intl.formatMessage({ id: 'matches.results.byCountry.description' })} table="needs-by-country" allianceId={id}>
          {r.needsByCountry.length === 0 ? <EmptyState title={noNeeds} /> : <BarChart h={220} data={r.needsByCountry.map((c) => ({ country: countryName(c.key), Needs: c.count }))} dataKey="country" series={[{ name: 'Needs', label: needs, color: 'teal.5' }]} yAxisProps={{ allowDecimals: false }} />}
        </Panel>
        <Panel
          id="results-matches"
          title={intl.formatMessage({ id: 'matches.mine.title' })}
          description={intl.formatMessage(
            { id: 'matches.results.matches.description' },
            { made: r.proposals.accepted, proposed: r.proposals.accepted + r.proposals.proposed + r.proposals.declined + r.proposals.expired, held: r.exchangesHeld },
          )}
          table="proposals"
          allianceId={id}
        >
          {proposals.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'matches.results.noProposals' })} />
          ) : (
            <Group justify="center" gap="xl">
              <DonutChart data={proposals} size={160} thickness={26} withTooltip chartLabel={intl.formatMessage({ id: 'matches.results.acceptedCount' }, { count: r.proposals.accepted })} />
              <Stack gap={4}>
                {proposals.map((p) => (
                  <Text key={p.name} size="sm">
                    {p.name}: <strong>{p.value}</strong>
                  </Text>
                ))}
              </Stack>
            </Group>
          )}
        </Panel>
        <Panel id="results-participants" title={intl.formatMessage({ id: 'matches.results.participants' })} description={intl.formatMessage({ id: 'matches.results.participants.description' })} table="participants-by-country" allianceId={id}>
          {r.participantsByCountry.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'matches.results.noExchanges' })} />
          ) : (
            <BarChart h={220} data={r.participantsByCountry.map((c) => ({ country: countryName(c.key), Participants: c.count }))} dataKey="country" series={[{ name: 'Participants', label: intl.formatMessage({ id: 'matches.results.series.participants' }), color: 'grape.5' }]} yAxisProps={{ allowDecimals: false }} />
          )}
        </Panel>
        <Panel id="results-gains" title={intl.formatMessage({ id: 'matches.results.gains' })} description={intl.formatMessage({ id: 'matches.results.gains.description' })} table="gains" allianceId={id}>
          {r.gains.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'matches.results.noGains' })} />
          ) : (
            <BarChart h={Math.max(200, r.gains.length * 48)} data={r.gains.map((g) => ({ objective: g.objective.length > 32 ? `${g.objective.slice(0, 31)}…` : g.objective, Before: g.before, After: g.after }))} dataKey="objective" orientation="vertical" yAxisProps={{ width: 170 }} xAxisProps={{ domain: [0, 5] }} series={[
                { name: 'Before', label: intl.formatMessage({ id: 'matches.results.series.before' }), color: 'gray.5' },
                { name: 'After', label: intl.formatMessage({ id: 'matches.results.series.after' }), color: 'teal.6' },
              ]} withLegend />
          )}
        </Panel>
        <Panel id="results-plans" title={intl.formatMessage({ id: 'matches.results.plans' })} description={intl.formatMessage({ id: 'matches.results.plans.description' })} table="action-plans" allianceId={id}>
          <Stack gap="xs">
            <Text fz={28} fw={700}>
              {formatNumber(plans.completion, { style: 'percent', maximumFractionDigits: 0 })}
            </Text>
            <Progress value={plans.completion * 100} color="teal" aria-label={intl.formatMessage({ id: 'matches.results.plans' })} />
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'matches.results.plans.summary' }, { done: plans.done, inProgress: plans.inProgress, planned: plans.planned, dropped: plans.dropped })}
            </Text>
          </Stack>
        </Panel>
      </SimpleGrid>
      <Panel id="results-quiet" title={intl.formatMessage({ id: 'matches.results.quiet' })} description={intl.formatMessage({ id: 'matches.results.quiet.description' })} allianceId={id}>
        {r.quietPeople.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'matches.results.noQuiet' })} />
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'matches.results.person' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.results.match' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.results.lastActive' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.quietPeople.map((q) => (
                <Table.Tr key={`${q.matchId}:${q.person.personId}`}>
                  <Table.Td>
                    {q.person.name} <Badge size="xs" variant="light">{countryName(q.person.country)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Link to={`/learning/matches/${q.matchId}`}>{q.needTitle}</Link>
                  </Table.Td>
                  <Table.Td>{q.lastActiveAt ? formatDate(q.lastActiveAt) : intl.formatMessage({ id: 'matches.results.never' })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Panel>
    </Stack>
  );
}
