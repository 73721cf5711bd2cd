import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Match } from '@peerhub/contracts';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { countryName } from '../../../components/ui/country';
import { formatDate } from '../../../components/ui/labels';
import { usePageTitle } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useMatch } from '../api/get-match';
import { average, commitmentStatus, oneDecimal } from '../model/labels';
import '../matches.css';

/** The learning report of a match, laid out for paper (the authoriser's copy). */
export function MatchReportPage() {
  const { matchId = '' } = useParams();
  const match = useMatch(matchId);
  return <QueryState query={match}>{(m) => <Report match={m} />}</QueryState>;
}

function Report({ match }: { match: Match }) {
  const intl = useIntl();
  usePageTitle(intl.formatMessage({ id: 'matches.report.documentTitle' }, { title: match.needTitle }));
  const one = (n: number | null) => (n === null ? '–' : oneDecimal(n));
  return (
    <article className="learning-report" aria-labelledby="report-title">
      <Group justify="space-between" mb="lg" className="no-print">
        <Button component={Link} to={`/learning/matches/${match.id}`} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          {intl.formatMessage({ id: 'matches.report.back' })}
        </Button>
        <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} />}>
          {intl.formatMessage({ id: 'matches.report.print' })}
        </Button>
      </Group>
      <Stack gap="lg">
        <div>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {intl.formatMessage({ id: 'matches.report.title' })} · {match.closedAt ? intl.formatMessage({ id: 'matches.report.closedOn' }, { date: formatDate(match.closedAt) }) : intl.formatMessage({ id: 'matches.report.inProgress' })}
          </Text>
          <Title order={1} id="report-title" fz={26}>
            {match.needTitle}
          </Title>
          <Text c="dimmed">{match.acceptedAt ? intl.formatMessage({ id: 'matches.report.matchedOn' }, { date: formatDate(match.acceptedAt) }) : ''}</Text>
        </div>
        <section aria-labelledby="report-people">
          <Title order={2} fz="lg" id="report-people" mb="xs">
            {intl.formatMessage({ id: 'matches.report.people' })}
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'matches.report.name' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.report.role' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.report.country' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.authoriser.label' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{intl.formatMessage({ id: m.side === 'learner' ? 'learning.side.learner' : 'learning.side.peer' })}</Table.Td>
                  <Table.Td>{countryName(m.country)}</Table.Td>
                  <Table.Td>{m.authoriser ? `${m.authoriser.name} (${intl.formatMessage({ id: `matches.report.authorisation.${m.authorisation}` })})` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="report-objectives">
          <Title order={2} fz="lg" id="report-objectives" mb="xs">
            {intl.formatMessage({ id: 'matches.report.objectives' })}
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'matches.report.objective' })}</Table.Th>
                <Table.Th ta="right">{intl.formatMessage({ id: 'matches.results.series.before' })}</Table.Th>
                <Table.Th ta="right">{intl.formatMessage({ id: 'matches.results.series.after' })}</Table.Th>
                <Table.Th ta="right">{intl.formatMessage({ id: 'matches.report.gain' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.objectives.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>{intl.formatMessage({ id: 'matches.report.noObjectives' })}</Table.Td>
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
                    <Table.Td ta="right">{before !== null && after !== null ? (after - before > 0 ? '+' : '') + oneDecimal(after - before) : '–'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>
        <section aria-labelledby="report-actions">
          <Title order={2} fz="lg" id="report-actions" mb="xs">
            {intl.formatMessage({ id: 'matches.plan.title' })}
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.commitment' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.owner' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.due' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.plan.status' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'matches.report.sharedForward' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {match.commitments.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{intl.formatMessage({ id: 'matches.report.noCommitments' })}</Table.Td>
                </Table.Tr>
              )}
              {match.commitments.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.text}</Table.Td>
                  <Table.Td>{c.owner}</Table.Td>
                  <Table.Td>{c.dueDate}</Table.Td>
                  <Table.Td>{commitmentStatus(c.status).label}</Table.Td>
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
