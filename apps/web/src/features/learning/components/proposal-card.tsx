import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchParty, MatchProposal } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCalendarEvent, IconCheck, IconTargetArrow, IconUsersGroup, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { countryName, Flag } from '../../../components/ui/country';
import { formatDate, formatDateTime } from '../../../components/ui/labels';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useAnswerProposal } from '../api/answer-proposal';
import { answerLabel } from '../model/labels';
import { myParty, proposalSubject } from '../model/subject';
import { ProposalStatusBadge } from './need-badges';
import { localText } from '../../../i18n/outside-texts';

function PartyLine({ party, isMe, open }: { party: MatchParty; isMe: boolean; open: boolean }) {
  const intl = useIntl();
  // Once a proposal is decided or expired, a missing answer will never come.
  const answer = party.answer === 'pending' && !open ? { label: intl.formatMessage({ id: 'learning.proposal.noAnswer' }), color: 'gray' } : answerLabel(party.answer);
  return (
    <Stack component="li" gap={2} py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <Flag code={party.country} size={14} />
          <Text size="sm" fw={500} truncate>
            <Anchor component={Link} to={`/people/${party.personId}`} inherit c="inherit">
              {party.name}
            </Anchor>
            {isMe ? ` ${intl.formatMessage({ id: 'learning.proposal.you' })}` : ''}
          </Text>
          <Text size="xs" c="dimmed" style={{ flex: 'none' }} visibleFrom="xs">
            {intl.formatMessage({ id: party.side === 'learner' ? 'learning.side.learner' : 'learning.side.peer' })} · {countryName(party.country)}
          </Text>
        </Group>
        <Badge color={answer.color} variant={party.answer === 'pending' ? 'outline' : 'light'} style={{ flex: 'none' }} aria-label={`${party.name}: ${answer.label}`}>
          {answer.label}
        </Badge>
      </Group>
      {party.authoriser && (
        <Text size="xs" c="dimmed" pl={29}>
          {intl.formatMessage({ id: 'learning.proposal.authoriser' }, { name: party.authoriser.name, status: intl.formatMessage({ id: `learning.proposal.authorisation.${party.authorisation}` }) })}
          {party.authorisation === 'refused' && party.authorisationReason ? ` — “${party.authorisationReason}”` : ''}
        </Text>
      )}
      {party.answer === 'declined' && party.reason && (
        <Text size="sm" c="dimmed" pl={29}>
          “{party.reason}”
        </Text>
      )}
      {party.answeredAt && (
        <Text size="xs" c="dimmed" pl={29}>
          {intl.formatMessage({ id: party.answer === 'accepted' ? 'learning.proposal.acceptedAt' : 'learning.proposal.declinedAt' }, { date: formatDateTime(party.answeredAt) })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * One match proposal: who proposed whom, each party's answer (with a decline's reason), what the
 * accepted match opened, and, for a party who still has to answer, Accept or Decline with a reason.
 */
export function ProposalCard({ proposal, showNeed = false }: { proposal: MatchProposal; showNeed?: boolean }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const now = useNow();
  const answer = useAnswerProposal();
  const [declining, setDeclining] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const subject = proposalSubject(proposal, me.id, now);
  const mine = myParty(proposal, me.id);
  const mayAnswer = can(actor, 'match-proposal.answer', subject);
  const why = mine?.answer === 'pending' && !mayAnswer ? localText(whyNot(actor, 'match-proposal.answer', subject)) : null;
  const learner = proposal.parties.find((p) => p.side === 'learner');
  const peers = proposal.parties.filter((p) => p.side === 'peer');
  const headingId = `proposal-${proposal.id}`;

  const send = (body: { answer: 'accepted' } | { answer: 'declined'; reason: string }) => {
    setProblem(null);
    answer.mutate(
      { id: proposal.id, body },
      {
        onSuccess: (p) => {
          setDeclining(false);
          notifications.show(
            body.answer === 'declined'
              ? { color: 'gray', title: intl.formatMessage({ id: 'learning.proposal.declined' }), message: intl.formatMessage({ id: 'learning.proposal.declined.message' }) }
              : p.status === 'accepted'
                ? { color: 'peerhub', title: intl.formatMessage({ id: 'learning.proposal.agreed' }), message: intl.formatMessage({ id: 'learning.proposal.agreed.message' }) }
                : { color: 'peerhub', title: intl.formatMessage({ id: 'learning.proposal.accepted' }), message: intl.formatMessage({ id: 'learning.proposal.accepted.message' }) },
          );
        },
        onError: (e) => {
          setDeclining(false);
          setProblem(errorMessage(e));
        },
      },
    );
  };

  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} id={headingId}>
              {showNeed ? (
                <Anchor component={Link} to={`/learning/${proposal.needId}`} inherit>
                  {proposal.needTitle}
                </Anchor>
              ) : (
                intl.formatMessage({ id: 'learning.proposal.heading' }, { learner: learner?.name ?? intl.formatMessage({ id: 'learning.proposal.theLearner' }), peers: peers.map((p) => p.name).join(', ') })
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: 'learning.proposal.proposedBy' }, { name: proposal.proposedBy.name, date: formatDate(proposal.createdAt) })}
              {proposal.status === 'proposed' && ` · ${intl.formatMessage({ id: 'learning.proposal.answersBy' }, { date: formatDate(proposal.expiresAt) })}`}
            </Text>
          </div>
          <ProposalStatusBadge status={proposal.status} expired={subject.expired} />
        </Group>
        {proposal.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}>
            {proposal.message}
          </Text>
        )}
        <Stack component="ul" gap={0} className="learning-list" aria-label={intl.formatMessage({ id: 'learning.proposal.answers' })}>
          {proposal.parties.map((p) => (
            <PartyLine key={p.personId} party={p} isMe={p.personId === me.id} open={proposal.status === 'proposed' && !subject.expired} />
          ))}
        </Stack>
        {proposal.status === 'accepted' && (
          <Group gap="sm">
            <Button component={Link} to={`/learning/matches/${proposal.id}`} size="xs" leftSection={<IconTargetArrow size={14} />}>
              {intl.formatMessage({ id: 'learning.proposal.openMatch' })}
            </Button>
            {proposal.groupId && (
              <Button component={Link} to={`/groups/${proposal.groupId}`} variant="light" size="xs" leftSection={<IconUsersGroup size={14} />}>
                {intl.formatMessage({ id: 'learning.proposal.openGroup' })}
              </Button>
            )}
            {proposal.exchangeId && (
              <Button component={Link} to={`/exchanges/${proposal.exchangeId}`} variant="light" size="xs" leftSection={<IconCalendarEvent size={14} />}>
                {intl.formatMessage({ id: 'learning.proposal.openExchange' })}
              </Button>
            )}
          </Group>
        )}
        {proposal.status === 'proposed' && !proposal.createGroup && !proposal.createExchange && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'learning.proposal.noFollowUp' })}
          </Text>
        )}
        {mayAnswer && (
          <Group gap="sm" justify="flex-end" pt={4}>
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setDeclining(true)} disabled={answer.isPending}>
              {intl.formatMessage({ id: 'learning.proposal.decline' })}
            </Button>
            <Button leftSection={<IconCheck size={16} />} loading={answer.isPending} onClick={() => send({ answer: 'accepted' })}>
              {intl.formatMessage({ id: 'learning.proposal.accept' })}
            </Button>
          </Group>
        )}
        {why && !problem && (
          <Text size="sm" c="dimmed">
            {why}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert" title={intl.formatMessage({ id: 'learning.proposal.notSaved' })} withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
      </Stack>
      <ReasonModal
        opened={declining}
        title={intl.formatMessage({ id: 'learning.proposal.decline.title' })}
        confirmLabel={intl.formatMessage({ id: 'learning.proposal.decline' })}
        reasonRequired
        reasonDescription={intl.formatMessage({ id: 'learning.proposal.decline.reasonDescription' })}
        loading={answer.isPending}
        onClose={() => setDeclining(false)}
        onConfirm={(reason) => send({ answer: 'declined', reason: reason ?? '' })}
      >
        <FormattedMessage id="learning.proposal.decline.body" />
      </ReasonModal>
    </Card>
  );
}
