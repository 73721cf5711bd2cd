import { Alert, Anchor, Badge, Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { LearningNeed, MatchProposal } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconBellRinging, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Flag } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, languageName, topicName } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useLearningNeed } from '../api/get-learning-need';
import { useNeedProposals } from '../api/get-need-proposals';
import { NeedStatusBadge } from '../components/need-badges';
import { NeedStatusActions } from '../components/need-status-actions';
import { ProposalCard } from '../components/proposal-card';
import { SuggestionsPanel } from '../components/suggestions-panel';
import '../learning.css';
import { formatName, formatTimeFrame } from '../model/labels';
import { needSubject, proposalSubject } from '../model/subject';
import { localText } from '../../../i18n/outside-texts';

/** /learning/:needId: the need, its proposals and answers, and for coordinators the ranked suggestions. */
export function NeedPage() {
  const { needId = '' } = useParams();
  const need = useLearningNeed(needId);
  return <QueryState query={need}>{(n) => <NeedView need={n} />}</QueryState>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" component="div" mt={2}>
        {children}
      </Text>
    </div>
  );
}

function NeedView({ need }: { need: LearningNeed }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const now = useNow();
  const proposals = useNeedProposals(need.id);
  const items: MatchProposal[] = proposals.data?.items ?? [];
  const subject = needSubject(need, me.id, items);
  const mayEdit = can(actor, 'learning-need.edit', subject);
  const mayMatch = can(actor, 'learning-need.match', subject);
  // Someone other than the author who may edit it coordinates the alliance.
  const coordinates = mayEdit && !subject.author;
  const myTurn = items.filter((p) => can(actor, 'match-proposal.answer', proposalSubject(p, me.id, now)));

  return (
    <>
      <Anchor component={Link} to="/learning" size="sm" mb="md" display="inline-block">
        ← {intl.formatMessage({ id: 'learning.list.title' })}
      </Anchor>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/alliances/${need.allianceId}`} inherit c="inherit">
            {need.allianceName}
          </Anchor>
        }
        title={need.title}
        documentTitle={need.title}
        description={
          <Group gap="xs" component="span" mt={4}>
            <NeedStatusBadge status={need.status} size="md" />
            <Group gap={6} component="span" wrap="nowrap">
              <Flag code={need.author.country} size={13} />
              <Text span size="sm">
                {need.author.personId === me.id ? intl.formatMessage({ id: 'learning.need.postedByYou' }) : intl.formatMessage({ id: 'learning.need.postedBy' }, { name: need.author.name })}
                {need.organisation ? ` ${intl.formatMessage({ id: 'learning.card.forOrganisation' }, { organisation: need.organisation })}` : ''}
              </Text>
            </Group>
          </Group>
        }
        actions={mayEdit ? <NeedStatusActions need={need} /> : undefined}
      />
      {need.status === 'draft' && subject.author && (
        <Alert color="yellow" variant="light" icon={<IconPencil size={18} />} title={intl.formatMessage({ id: 'learning.needStatus.draft.label' })} mb="lg">
          {intl.formatMessage({ id: 'learning.need.draftAlert' })}
        </Alert>
      )}
      {need.status === 'draft' && coordinates && (
        <Alert color="yellow" variant="light" icon={<IconPencil size={18} />} title={intl.formatMessage({ id: 'learning.need.notPosted' })} mb="lg">
          {intl.formatMessage({ id: 'learning.need.notPosted.body' }, { reason: localText(whyNot(actor, 'learning-need.match', subject)) ?? '' })}
        </Alert>
      )}
      {myTurn.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconBellRinging size={18} />} title={intl.formatMessage({ id: 'learning.need.yourAnswer' })} mb="lg" role="status">
          <FormattedMessage
            id="learning.need.yourAnswer.body"
            values={{
              count: myTurn.length,
              link: (chunks) => (
                <Anchor href="#proposals" inherit>
                  {chunks}
                </Anchor>
              ),
            }}
          />
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="need-challenge">
              <Title order={2} fz="lg" id="need-challenge">
                {intl.formatMessage({ id: 'learning.form.challenge' })}
              </Title>
              <Text mt="xs" style={{ whiteSpace: 'pre-line' }}>
                {need.challenge}
              </Text>
              <Title order={3} fz="md" mt="lg">
                {intl.formatMessage({ id: 'learning.need.outcomes' })}
              </Title>
              <Text mt={4} style={{ whiteSpace: 'pre-line' }}>
                {need.outcomes}
              </Text>
              {need.addedValue && (
                <>
                  <Title order={3} fz="md" mt="lg">
                    {intl.formatMessage({ id: 'learning.form.addedValue' })}
                  </Title>
                  <Text mt={4} style={{ whiteSpace: 'pre-line' }}>
                    {need.addedValue}
                  </Text>
                </>
              )}
            </Card>

            <Stack gap="sm" component="section" aria-labelledby="proposals-title" id="proposals" style={{ scrollMarginTop: 80 }}>
              <Title order={2} fz="lg" id="proposals-title">
                {intl.formatMessage({ id: 'learning.need.proposals' })}
              </Title>
              <QueryState query={proposals} loading={<Skeleton h={120} radius="md" />}>
                {(list) =>
                  list.items.length === 0 ? (
                    <Card withBorder>
                      <EmptyState title={intl.formatMessage({ id: 'learning.need.noProposals' })}>
                        {intl.formatMessage({ id: mayMatch ? 'learning.need.noProposals.coordinator' : need.status === 'draft' ? 'learning.need.noProposals.draft' : 'learning.need.noProposals.body' })}
                      </EmptyState>
                    </Card>
                  ) : (
                    list.items.map((p) => <ProposalCard key={p.id} proposal={p} />)
                  )
                }
              </QueryState>
            </Stack>

            {mayMatch && <SuggestionsPanel need={need} proposals={items} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="lg" component="aside" aria-label={intl.formatMessage({ id: 'learning.need.about' })}>
            <Stack gap="md">
              <Fact label={intl.formatMessage({ id: 'learning.form.topics' })}>
                <Group gap={6}>
                  {need.topics.map((t) => (
                    <Badge key={t} variant="light" color="gray" fw={500}>
                      {topicName(t)}
                    </Badge>
                  ))}
                </Group>
              </Fact>
              <Fact label={intl.formatMessage({ id: 'learning.form.formats' })}>{need.formats.map(formatName).join(', ')}</Fact>
              <Fact label={intl.formatMessage({ id: 'learning.need.languages' })}>{need.languages.map(languageName).join(', ')}</Fact>
              <Fact label={intl.formatMessage({ id: 'learning.need.timeFrame' })}>{formatTimeFrame(need.timeFrom, need.timeTo)}</Fact>
              <Fact label={intl.formatMessage({ id: 'learning.side.learner' })}>
                <Group gap={6} wrap="nowrap">
                  <Flag code={need.author.country} size={13} />
                  <Anchor component={Link} to={`/people/${need.author.personId}`} inherit>
                    {need.author.name}
                  </Anchor>
                </Group>
                {need.organisation && (
                  <Text size="sm" c="dimmed">
                    {intl.formatMessage({ id: 'learning.need.onBehalfOf' }, { organisation: need.organisation })}
                  </Text>
                )}
              </Fact>
              <Fact label={intl.formatMessage({ id: 'learning.need.created' })}>
                {formatDate(need.createdAt)}
                {formatDate(need.updatedAt) !== formatDate(need.createdAt) ? ` · ${intl.formatMessage({ id: 'learning.need.updated' }, { date: formatDate(need.updatedAt) })}` : ''}
              </Fact>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
