import { Alert, Button, Grid, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Match } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useActor } from '../../../lib/session';
import { useMatch } from '../api/get-match';
import { useCloseMatch } from '../api/match-actions';
import { ActionPlanSection } from '../components/action-plan-section';
import { MatchMembers } from '../components/match-members';
import { ObjectivesSection } from '../components/objectives-section';
import { TimelineSection } from '../components/timeline-section';
import { matchSubject } from '../model/subject';

/** A match's workspace: its people, learning plan, self-assessments and action plans. */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const match = useMatch(matchId);
  return <QueryState query={match}>{(m) => <MatchWorkspace match={m} />}</QueryState>;
}

function MatchWorkspace({ match }: { match: Match }) {
  const intl = useIntl();
  const actor = useActor();
  const subject = matchSubject(actor, match);
  const canPlan = can(actor, 'match.plan', subject);
  const canClose = can(actor, 'match.close', subject);
  const coordinator = can(actor, 'learning-results.view', { allianceId: match.allianceId });
  const close = useCloseMatch(match.id);
  const [confirming, setConfirming] = useState(false);
  const closeMatch = () =>
    close.mutate(undefined, {
      onSuccess: () => setConfirming(false),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: match.status === 'closed' ? 'matches.page.eyebrow.closed' : 'matches.results.match' })}
        title={match.needTitle}
        documentTitle={intl.formatMessage({ id: 'matches.page.documentTitle' }, { title: match.needTitle })}
        description={intl.formatMessage({ id: 'matches.page.description' })}
        actions={
          <>
            <Button component={Link} to={`/learning/matches/${match.id}/report`} variant="default" leftSection={<IconPrinter size={16} />}>
              {intl.formatMessage({ id: 'matches.report.title' })}
            </Button>
            {canClose && (
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                {intl.formatMessage({ id: 'matches.page.close' })}
              </Button>
            )}
          </>
        }
      />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={intl.formatMessage({ id: 'matches.page.close.title' })} centered>
        <Text size="sm" mb="lg">
          {intl.formatMessage({ id: 'matches.page.close.body' })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {intl.formatMessage({ id: 'matches.page.keepOpen' })}
          </Button>
          <Button color="red" onClick={closeMatch} loading={close.isPending}>
            {intl.formatMessage({ id: 'matches.page.close.confirm' })}
          </Button>
        </Group>
      </Modal>
      {match.status === 'closed' && (
        <Alert color="gray" mb="lg" title={intl.formatMessage({ id: 'matches.page.closed' })}>
          {intl.formatMessage({ id: 'matches.page.closed.body' })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
          <MatchMembers match={match} />
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'matches.page.links' })}{' '}
              <Link to={`/learning/${match.needId}`}>{intl.formatMessage({ id: 'matches.page.links.need' })}</Link>
              {match.groupId && (
                <>
                  {' · '}
                  <Link to={`/groups/${match.groupId}`}>{intl.formatMessage({ id: 'matches.page.links.group' })}</Link>
                </>
              )}
              {match.exchangeId && (
                <>
                  {' · '}
                  <Link to={`/exchanges/${match.exchangeId}`}>{intl.formatMessage({ id: 'matches.page.links.exchange' })}</Link>
                </>
              )}
            </Text>
          </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ObjectivesSection match={match} canPlan={canPlan} myId={actor?.personId ?? null} />
            <TimelineSection match={match} canPlan={canPlan} />
            <ActionPlanSection match={match} canPlan={canPlan} canWrite={canPlan && subject.party} myId={actor?.personId ?? null} coordinator={coordinator} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
