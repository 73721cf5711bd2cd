import { BarChart, DonutChart } from '@mantine/charts';
import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LearningResults, LearningResultTable } from '@peerhub/contracts';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, topicName } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useExportResultTable, useLearningResults } from '../api/learning-results';

function Panel({ id, title, description, table, allianceId, children }: { id: string; title: string; description: string; table?: LearningResultTable; allianceId: string; children: ReactNode }) {
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
            aria-label={`${title}: download CSV`}
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
  const id = r.allianceId;
  const proposals = [
    { name: 'Accepted', value: r.proposals.accepted, color: 'teal.5' },
    { name: 'Waiting', value: r.proposals.proposed, color: 'blue.4' },
    { name: 'Declined', value: r.proposals.declined, color: 'red.4' },
    { name: 'Expired', value: r.proposals.expired, color: 'gray.4' },
  ].filter((p) => p.value > 0);
  const plans = r.actionPlans;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Panel id="results-topics" title="Learning needs by topic" description="Posted needs (drafts left out)" table="needs-by-topic" allianceId={id}>
          {r.needsByTopic.length === 0 ? <EmptyState title="No needs posted yet" /> : <BarChart h={220} data={r.needsByTopic.map((t) => ({ topic: topicName(t.key), Needs: t.count }))} dataKey="topic" series={[{ name: 'Needs', color: 'peerhub.6' }]} yAxisProps={{ allowDecimals: false }} />}
        </Panel>
        <Panel id="results-countries" title="Learning needs by country" description="Where the learners work" table="needs-by-country" allianceId={id}>
          {r.needsByCountry.length === 0 ? <EmptyState title="No needs posted yet" /> : <BarChart h={220} data={r.needsByCountry.map((c) => ({ country: countryName(c.key), Needs: c.count }))} dataKey="country" series={[{ name: 'Needs', color: 'teal.5' }]} yAxisProps={{ allowDecimals: false }} />}
        </Panel>
        <Panel id="results-matches" title="Matches" description={`${r.proposals.accepted} made of ${r.proposals.accepted + r.proposals.proposed + r.proposals.declined + r.proposals.expired} proposed · ${r.exchangesHeld} exchanges held`} table="proposals" allianceId={id}>
          {proposals.length === 0 ? (
            <EmptyState title="No proposals yet" />
          ) : (
            <Group justify="center" gap="xl">
              <DonutChart data={proposals} size={160} thickness={26} withTooltip chartLabel={`${r.proposals.accepted} accepted`} />
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
        <Panel id="results-participants" title="Exchange participants by country" description="People who went to the alliance's exchanges" table="participants-by-country" allianceId={id}>
          {r.participantsByCountry.length === 0 ? <EmptyState title="No exchange held yet" /> : <BarChart h={220} data={r.participantsByCountry.map((c) => ({ country: countryName(c.key), Participants: c.count }))} dataKey="country" series={[{ name: 'Participants', color: 'grape.5' }]} yAxisProps={{ allowDecimals: false }} />}
        </Panel>
        <Panel id="results-gains" title="Self-assessed gains per objective" description="Average level before and after (1–5), people who answered both" table="gains" allianceId={id}>
          {r.gains.length === 0 ? (
            <EmptyState title="No before-and-after answers yet" />
          ) : (
            <BarChart h={Math.max(200, r.gains.length * 48)} data={r.gains.map((g) => ({ objective: g.objective.length > 32 ? `${g.objective.slice(0, 31)}…` : g.objective, Before: g.before, After: g.after }))} dataKey="objective" orientation="vertical" yAxisProps={{ width: 170 }} xAxisProps={{ domain: [0, 5] }} series={[{ name: 'Before', color: 'gray.5' }, { name: 'After', color: 'teal.6' }]} withLegend />
          )}
        </Panel>
        <Panel id="results-plans" title="Action-plan completion" description="Commitments done, out of all but the dropped ones" table="action-plans" allianceId={id}>
          <Stack gap="xs">
            <Text fz={28} fw={700}>
              {Math.round(plans.completion * 100)}%
            </Text>
            <Progress value={plans.completion * 100} color="teal" aria-label="Action-plan completion" />
            <Text size="sm" c="dimmed">
              {plans.done} done · {plans.inProgress} in progress · {plans.planned} planned · {plans.dropped} dropped
            </Text>
          </Stack>
        </Panel>
      </SimpleGrid>
      <Panel id="results-quiet" title="Peers who have gone quiet" description="Active matches where someone has done nothing for 30 days: a word from the coordinator helps" allianceId={id}>
        {r.quietPeople.length === 0 ? (
          <EmptyState title="Nobody has gone quiet" />
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Match</Table.Th>
                <Table.Th>Last active</Table.Th>
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
                  <Table.Td>{q.lastActiveAt ? formatDate(q.lastActiveAt) : 'never'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Panel>
    </Stack>
  );
}
