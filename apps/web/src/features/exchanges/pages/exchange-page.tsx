import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail } from '@peerhub/contracts';
import { can, utcOffsetLabel } from '@peerhub/domain';
import { IconBan, IconCalendarDown, IconCalendarTime, IconMapPin, IconPencil, IconUsersGroup, IconVideo } from '@tabler/icons-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { countryName, Flag } from '../../../components/ui/country';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useDownloadIcs } from '../api/download-ics';
import { useExchange } from '../api/get-exchange';
import { useExchangeLive } from '../hooks/use-exchange-live';
import { useGroupNames } from '../hooks/use-group-names';
import { usePoll } from '../api/get-poll';
import { AfterwardsTab } from '../components/afterwards-tab';
import { AgendaView } from '../components/agenda-view';
import { MyStatusBadge, StatusBadge, TypeBadge } from '../components/exchange-badges';
import { ExchangeDiscussion } from '../components/exchange-discussion';
import { OrganiserActions } from '../components/organiser-actions';
import { ParticipantsPanel } from '../components/participants-panel';
import { Period } from '../components/period';
import { PollPanel } from '../components/poll-panel';
import { RegistrationPanel } from '../components/registration-panel';
import '../exchanges.css';
import { formatName } from '../model/labels';
import { exchangeSubject } from '../model/subject';
import { useViewerZone } from '../model/time';

const TABS = ['overview', 'participants', 'poll', 'discussion', 'afterwards'] as const;
type Tab = (typeof TABS)[number];

export function ExchangePage() {
  const { exchangeId = '' } = useParams();
  const exchange = useExchange(exchangeId);
  return <QueryState query={exchange}>{(e) => <ExchangeView exchange={e} />}</QueryState>;
}

function ExchangeView({ exchange }: { exchange: ExchangeDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const zone = useViewerZone();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const manage = can(actor, 'exchange.manage', exchangeSubject(exchange, me.id));
  const started = now.getTime() >= new Date(exchange.startsAt).getTime();
  const ics = useDownloadIcs();
  const poll = usePoll(exchange.id);
  const slots = exchange.status !== 'cancelled' && exchange.status !== 'completed' ? (poll.data?.slots ?? []) : [];
  // Once the organiser used one of the proposed times, the poll is settled.
  const settled = slots.some((s) => s.startsAt === exchange.startsAt && s.endsAt === exchange.endsAt);
  const openSlots = settled ? 0 : slots.length;
  // The members are asked to answer; the organiser proposed the times.
  const unanswered = !manage && openSlots > 0 && (poll.data?.slots.some((s) => s.myAnswer === null) ?? false);
  const registered = exchange.going + exchange.maybe + exchange.waitlisted + exchange.pending;
  useExchangeLive(exchange.id, me.id);

  const download = () =>
    ics.mutate({ id: exchange.id, title: exchange.title }, { onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.page.noIcs' }), message: errorMessage(e) }) });

  return (
    <>
      <Anchor component={Link} to="/exchanges" size="sm" mb="md" display="inline-block">
        {intl.formatMessage({ id: 'exchanges.back' })}
      </Anchor>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/alliances/${exchange.allianceId}`} inherit c="inherit">
            {exchange.allianceName}
          </Anchor>
        }
        title={exchange.title}
        documentTitle={exchange.title}
        description={
          <Group gap="xs" component="span" mt={4}>
            <TypeBadge type={exchange.type} size="md" />
            <StatusBadge status={exchange.status} size="md" />
            <Badge size="md" variant="light" color="gray">
              {formatName(exchange.format)}
            </Badge>
            <MyStatusBadge status={exchange.myStatus} size="md" />
          </Group>
        }
        actions={
          <>
            {manage && <OrganiserActions exchange={exchange} started={started} />}
            {exchange.status !== 'draft' && (
              <Button variant="light" leftSection={<IconCalendarDown size={16} />} onClick={download} loading={ics.isPending}>
                {intl.formatMessage({ id: 'exchanges.page.addToCalendar' })}
              </Button>
            )}
          </>
        }
      />
      {exchange.status === 'draft' &&
        (manage ? (
          <Alert color="yellow" variant="light" icon={<IconPencil size={18} />} title={intl.formatMessage({ id: 'exchanges.page.draftTitle' })} mb="lg">
            {intl.formatMessage({ id: openSlots ? 'exchanges.page.draftWithPoll' : 'exchanges.page.draft' })}
          </Alert>
        ) : (
          <Alert color="yellow" variant="light" icon={<IconPencil size={18} />} title={intl.formatMessage({ id: 'exchanges.page.invitedDraftTitle' })} mb="lg">
            {intl.formatMessage({ id: openSlots ? 'exchanges.page.invitedDraftWithPoll' : 'exchanges.page.invitedDraft' })}
          </Alert>
        ))}
      {exchange.status === 'cancelled' && (
        <Alert color="red" variant="light" icon={<IconBan size={18} />} title={intl.formatMessage({ id: 'exchanges.cancelledTitle' })} mb="lg" role="status">
          {intl.formatMessage({ id: 'exchanges.page.cancelledText' })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Tabs value={tab} onChange={(t) => setParams(t && t !== 'overview' ? { tab: t } : {}, { replace: true })} keepMounted={false}>
            <Tabs.List mb="lg" className="x-tabs">
              <Tabs.Tab value="overview">{intl.formatMessage({ id: 'exchanges.page.overview' })}</Tabs.Tab>
              <Tabs.Tab value="participants" rightSection={registered ? <Badge size="xs" variant="light" color="gray" circle={registered < 10}>{registered}</Badge> : undefined}>
                {intl.formatMessage({ id: 'exchanges.page.participants' })}
              </Tabs.Tab>
              <Tabs.Tab value="poll" rightSection={unanswered ? <Badge size="xs" color="orange" variant="filled" circle aria-label={intl.formatMessage({ id: 'exchanges.page.waitingForAnswer' })}>!</Badge> : undefined}>
                {intl.formatMessage({ id: 'exchanges.page.findTime' })}
              </Tabs.Tab>
              <Tabs.Tab value="discussion">{intl.formatMessage({ id: 'exchanges.page.discussion' })}</Tabs.Tab>
              <Tabs.Tab value="afterwards">{intl.formatMessage({ id: 'exchanges.page.afterwards' })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview">
              <Stack gap="lg">
                {unanswered && (
                  <Alert color="orange" variant="light" icon={<IconCalendarTime size={18} />} title={intl.formatMessage({ id: 'exchanges.page.lookingForTime' })}>
                    <Group justify="space-between" gap="sm">
                      <Text size="sm">{intl.formatMessage({ id: 'exchanges.page.sayWhich' })}</Text>
                      <Button size="xs" variant="white" color="orange" onClick={() => setParams({ tab: 'poll' }, { replace: true })}>
                        {intl.formatMessage({ id: 'exchanges.page.answerPoll' })}
                      </Button>
                    </Group>
                  </Alert>
                )}
                {exchange.learningObjectives.length > 0 && (
                  <Card withBorder padding="lg" component="section" aria-labelledby="x-objectives">
                    <Title order={2} fz="lg" mb="sm" id="x-objectives">
                      {intl.formatMessage({ id: 'exchanges.learningObjectives' })}
                    </Title>
                    <List spacing={6} size="sm">
                      {exchange.learningObjectives.map((o, i) => (
                        <List.Item key={i}>{o}</List.Item>
                      ))}
                    </List>
                  </Card>
                )}
                {exchange.description && (
                  <Card withBorder padding="lg" component="section" aria-labelledby="x-description">
                    <Title order={2} fz="lg" mb="sm" id="x-description">
                      {intl.formatMessage({ id: 'exchanges.page.about' })}
                    </Title>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {exchange.description}
                    </Text>
                  </Card>
                )}
                <Card withBorder padding="lg" component="section" aria-labelledby="x-agenda">
                  <Title order={2} fz="lg" mb="md" id="x-agenda">
                    {intl.formatMessage({ id: 'exchanges.agenda' })}
                  </Title>
                  <AgendaView exchange={exchange} viewerZone={zone} />
                </Card>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="participants">
              <Card withBorder padding="lg" component="section" aria-labelledby="x-participants">
                <Title order={2} fz="lg" mb="md" id="x-participants">
                  {intl.formatMessage({ id: 'exchanges.page.byCountry' })}
                </Title>
                <ParticipantsPanel exchange={exchange} manage={manage} started={started} />
              </Card>
            </Tabs.Panel>
            <Tabs.Panel value="poll">
              <Card withBorder padding="lg" component="section" aria-labelledby="x-poll">
                <Title order={2} fz="lg" mb="sm" id="x-poll">
                  {intl.formatMessage({ id: 'exchanges.page.findTime' })}
                </Title>
                <PollPanel exchange={exchange} manage={manage} viewerZone={zone} />
              </Card>
            </Tabs.Panel>
            <Tabs.Panel value="discussion">
              <ExchangeDiscussion exchange={exchange} />
            </Tabs.Panel>
            <Tabs.Panel value="afterwards">
              <AfterwardsTab exchange={exchange} manage={manage} started={started} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <WhenAndWhere exchange={exchange} viewerZone={zone} />
            <RegistrationPanel exchange={exchange} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The linked peer groups I can see, and who was invited by name. */
function LinkedGroups({ exchange }: { exchange: ExchangeDetail }) {
  const intl = useIntl();
  const groupNames = useGroupNames();
  const groups = exchange.groupIds.flatMap((id) => (groupNames.has(id) ? [{ id, name: groupNames.get(id)! }] : []));
  if (groups.length === 0 && exchange.invitees.length === 0) return null;
  return (
    <Stack gap={6}>
      {groups.length > 0 && (
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconUsersGroup size={16} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-gray-6)" aria-hidden />
          <Text size="sm">
            <FormattedMessage
              id="exchanges.page.forGroups"
              values={{
                groups: groups.map((g, i) => (
                  <span key={g.id}>
                    {i > 0 && ', '}
                    <Anchor component={Link} to={`/groups/${g.id}`} inherit>
                      {g.name}
                    </Anchor>
                  </span>
                )),
              }}
            />
          </Text>
        </Group>
      )}
      {exchange.invitees.length > 0 && (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'exchanges.page.invitedByName' }, { names: exchange.invitees.map((p) => p.name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}

function WhenAndWhere({ exchange, viewerZone }: { exchange: ExchangeDetail; viewerZone: string }) {
  const intl = useIntl();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="x-when">
      <Title order={2} fz="lg" mb="sm" id="x-when">
        {intl.formatMessage({ id: 'exchanges.page.whenWhere' })}
      </Title>
      <Stack gap="md">
        <div>
          <Period startsAt={exchange.startsAt} endsAt={exchange.endsAt} hostZone={exchange.timezone} viewerZone={viewerZone} withDate stacked />
          <Text size="xs" c="dimmed" mt={2}>
            {intl.formatMessage({ id: 'exchanges.page.hostZone' }, { zone: exchange.timezone.replaceAll('_', ' '), offset: utcOffsetLabel(exchange.timezone, new Date(exchange.startsAt)) })}
          </Text>
        </div>
        <Stack gap={6}>
          <Group gap={8} wrap="nowrap">
            <Flag code={exchange.hostCountry} size={14} />
            <Text size="sm">
              {exchange.hostOrganisation
                ? intl.formatMessage({ id: 'exchanges.page.hostedInBy' }, { country: countryName(exchange.hostCountry), organisation: exchange.hostOrganisation.name })
                : intl.formatMessage({ id: 'exchanges.page.hostedIn' }, { country: countryName(exchange.hostCountry) })}
            </Text>
          </Group>
          {exchange.coOrganisers.length > 0 && (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'exchanges.page.with' }, { names: exchange.coOrganisers.map((o) => o.name).join(', ') })}
            </Text>
          )}
        </Stack>
        <LinkedGroups exchange={exchange} />
        {exchange.format !== 'online' && exchange.venue && (
          <Group gap={8} wrap="nowrap" align="flex-start">
            <IconMapPin size={16} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-gray-6)" aria-hidden />
            <Text size="sm">{exchange.venue}</Text>
          </Group>
        )}
        {exchange.format !== 'in-person' && exchange.meetingUrl && (
          <Group gap={8} wrap="nowrap" align="flex-start">
            <IconVideo size={16} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-gray-6)" aria-hidden />
            <Anchor href={exchange.meetingUrl} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {exchange.meetingUrl}
            </Anchor>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
