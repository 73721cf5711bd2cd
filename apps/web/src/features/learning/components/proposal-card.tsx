import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MatchParty, MatchProposal } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCalendarEvent, IconCheck, IconTargetArrow, IconUsersGroup, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { countryName, Flag } from '../../../components/ui/country';
import { formatDate, formatDateTime } from '../../../components/ui/labels';
import { ReasonModal } from '../../../components/ui/reason-modal';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useAnswerProposal } from '../api/answer-proposal';
import { ANSWER } from '../model/labels';
import { myParty, proposalSubject } from '../model/subject';
import { ProposalStatusBadge } from './need-badges';

const AUTHORISATION_WORDS: Record<MatchParty['authorisation'], string> = {
  'not-needed': 'not needed',
  pending: 'awaiting approval',
  approved: 'approved',
  refused: 'refused',
};

function PartyLine({ party, isMe, open }: { party: MatchParty; isMe: boolean; open: boolean }) {
  // Once a proposal is decided or expired, a missing answer will never come.
  const answer = party.answer === 'pending' && !open ? { label: 'No answer', color: 'gray' } : ANSWER[party.answer];
  return (
    <Stack component="li" gap={2} py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <Flag code={party.country} size={14} />
          <Text size="sm" fw={500} truncate>
            <Anchor component={Link} to={`/people/${party.personId}`} inherit c="inherit">
              {party.name}
            </Anchor>
            {isMe ? ' (you)' : ''}
          </Text>
          <Text size="xs" c="dimmed" style={{ flex: 'none' }} visibleFrom="xs">
            {party.side === 'learner' ? 'Learner' : 'Peer'} · {countryName(party.country)}
          </Text>
        </Group>
        <Badge color={answer.color} variant={party.answer === 'pending' ? 'outline' : 'light'} style={{ flex: 'none' }} aria-label={`${party.name}: ${answer.label}`}>
          {answer.label}
        </Badge>
      </Group>
      {party.authoriser && (
        <Text size="xs" c="dimmed" pl={29}>
          Authoriser {party.authoriser.name}: {AUTHORISATION_WORDS[party.authorisation]}
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
          {party.answer === 'accepted' ? 'Accepted' : 'Declined'} {formatDateTime(party.answeredAt)}
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
  const me = useMe();
  const actor = useActor();
  const now = useNow();
  const answer = useAnswerProposal();
  const [declining, setDeclining] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const subject = proposalSubject(proposal, me.id, now);
  const mine = myParty(proposal, me.id);
  const mayAnswer = can(actor, 'match-proposal.answer', subject);
  const why = mine?.answer === 'pending' && !mayAnswer ? whyNot(actor, 'match-proposal.answer', subject) : null;
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
              ? { color: 'gray', title: 'You declined', message: 'The coordinator reads your reason and looks for another match.' }
              : p.status === 'accepted'
                ? { color: 'peerhub', title: 'Match agreed', message: 'Everyone accepted: the peer group and the draft exchange are ready.' }
                : { color: 'peerhub', title: 'You accepted', message: 'The match opens when everyone has accepted.' },
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
                `${learner?.name ?? 'The learner'} with ${peers.map((p) => p.name).join(', ')}`
              )}
            </Text>
            <Text size="xs" c="dimmed">
              Proposed by {proposal.proposedBy.name} on {formatDate(proposal.createdAt)}
              {proposal.status === 'proposed' && ` · answers by ${formatDate(proposal.expiresAt)}`}
            </Text>
          </div>
          <ProposalStatusBadge status={proposal.status} expired={subject.expired} />
        </Group>
        {proposal.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: 10 }}>
            {proposal.message}
          </Text>
        )}
        <Stack component="ul" gap={0} className="learning-list" aria-label="Answers">
          {proposal.parties.map((p) => (
            <PartyLine key={p.personId} party={p} isMe={p.personId === me.id} open={proposal.status === 'proposed' && !subject.expired} />
          ))}
        </Stack>
        {proposal.status === 'accepted' && (
          <Group gap="sm">
            <Button component={Link} to={`/learning/matches/${proposal.id}`} size="xs" leftSection={<IconTargetArrow size={14} />}>
              Open the match: plan, self-assessment, action plan
            </Button>
            {proposal.groupId && (
              <Button component={Link} to={`/groups/${proposal.groupId}`} variant="light" size="xs" leftSection={<IconUsersGroup size={14} />}>
                Open the peer group
              </Button>
            )}
            {proposal.exchangeId && (
              <Button component={Link} to={`/exchanges/${proposal.exchangeId}`} variant="light" size="xs" leftSection={<IconCalendarEvent size={14} />}>
                Open the draft exchange
              </Button>
            )}
          </Group>
        )}
        {proposal.status === 'proposed' && !proposal.createGroup && !proposal.createExchange && (
          <Text size="xs" c="dimmed">
            An accepted match opens no peer group or exchange by itself: the coordinator follows up.
          </Text>
        )}
        {mayAnswer && (
          <Group gap="sm" justify="flex-end" pt={4}>
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setDeclining(true)} disabled={answer.isPending}>
              Decline
            </Button>
            <Button leftSection={<IconCheck size={16} />} loading={answer.isPending} onClick={() => send({ answer: 'accepted' })}>
              Accept
            </Button>
          </Group>
        )}
        {why && !problem && (
          <Text size="sm" c="dimmed">
            {why}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert" title="Your answer was not saved" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
      </Stack>
      <ReasonModal
        opened={declining}
        title="Decline this match?"
        confirmLabel="Decline"
        reasonRequired
        reasonDescription="The coordinator and the other parties read it"
        loading={answer.isPending}
        onClose={() => setDeclining(false)}
        onConfirm={(reason) => send({ answer: 'declined', reason: reason ?? '' })}
      >
        Say why, so the coordinator can find a better match.
      </ReasonModal>
    </Card>
  );
}
