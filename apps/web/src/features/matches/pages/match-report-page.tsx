import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Match } from '@peerhub/contracts';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { countryName } from '../../../components/ui/country';
import { formatDate } from '../../../components/ui/labels';
import { usePageTitle } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useMatch } from '../api/get-match';
import { average, COMMITMENT_STATUS } from '../model/labels';
import '../matches.css';

/** The learning report of a match, laid out for paper (the authoriser's copy). */
export function MatchReportPage() {
  const { matchId = '' } = useParams();
  const match = useMatch(matchId);
  return <QueryState query={match}>{(m) => <Report match={m} />}</QueryState>;
}

function Report({ match }: { match: Match }) {
  usePageTitle(`Learning report · ${match.needTitle}`);
  const one = (n: number | null) => (n === null ? '–' : n.toFixed(1));
  return (
    <article className="learning-report" aria-labelledby="report-title">
      <Group justify="space-between" mb="lg" className="no-print">
        <Button component={Link} to={`/learning/matches/${match.id}`} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          Back to the match
        </Button>
        <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} />}>
          Print
        </Button>
      </Group>
      <Stack gap="lg">
        <div>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Learning report{match.closedAt ? ` · closed ${formatDate(match.closedAt)}` : ' · in progress'}
          </Text>
          <Title order={1} id="report-title" fz={26}>
            {match.needTitle}
          </Title>
          <Text c="dimmed">{match.acceptedAt ? `Matched on ${formatDate(match.acceptedAt)}` : ''}</Text>
        </div>
        <section aria-labelledby="report-people">
          <Title order={2} fz="lg" id="report-people" mb="xs">
            Taking part
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Country</Table.Th>
                <Table.Th>Authoriser</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.side === 'learner' ? 'Learner' : 'Peer'}</Table.Td>
                  <Table.Td>{countryName(m.country)}</Table.Td>
                  <Table.Td>{m.authoriser ? `${m.authoriser.name} (${m.authorisation})` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="report-objectives">
          <Title order={2} fz="lg" id="report-objectives" mb="xs">
            Learning objectives: self-assessed level (1–5)
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Objective</Table.Th>
                <Table.Th ta="right">Before</Table.Th>
                <Table.Th ta="right">After</Table.Th>
                <Table.Th ta="right">Gain</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.objectives.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>No objectives were set.</Table.Td>
                </Table.Tr>
              )}
              {match.objectives.map((o) => {
                const before = average(o.assessments.filter((a) => a.phase === 'before').map((a) => a.score));
                const after = average(o.assessments.filter((a) => a.phase === 'after').map((a) => a.score));
                return (
                  <Table.Tr key={o.id}>
                    <Table.Td>{o.text}</Table.Td>
                    <Table.Td ta="right">{one(before)}</Table.Td>
                    <Table.Td ta="right">{one(after)}</Table.Td>
                    <Table.Td ta="right">{before !== null && after !== null ? (after - before > 0 ? '+' : '') + (after - before).toFixed(1) : '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="report-actions">
          <Title order={2} fz="lg" id="report-actions" mb="xs">
            Action plan
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Commitment</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Shared forward</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.commitments.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>No commitments were written.</Table.Td>
                </Table.Tr>
              )}
              {match.commitments.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.text}</Table.Td>
                  <Table.Td>{c.owner}</Table.Td>
                  <Table.Td>{c.dueDate}</Table.Td>
                  <Table.Td>{COMMITMENT_STATUS[c.status].label}</Table.Td>
                  <Table.Td>{c.sharedForward || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>
    </article>
  );
}
