import { Anchor, Avatar, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { AllianceDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { CountryName, CountryTag, countryName } from '../../../components/ui/country';
import { initials } from '../../../components/ui/initials';
import { roleName, topicName } from '../../../components/ui/labels';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import type { MessageId } from '../../../i18n/locale-store';
import { useActor, useMe } from '../../../lib/session';
import { ConsoleButton } from '../../console';
import { AskToJoinButton } from '../components/ask-to-join-button';
import { AllianceGroups } from '../../groups';
import { InviteButton, PendingInvitations } from '../../invitations';
import { useAlliance } from '../api/get-alliance';
import { PeoplePreview } from '../components/people-preview';

export function AlliancePage() {
  const { allianceId = '' } = useParams();
  const alliance = useAlliance(allianceId);
  return <QueryState query={alliance}>{(a) => <AllianceView alliance={a} />}</QueryState>;
}

// Message ids, not texts: the names are looked up in the language on screen.
const ORGANISATION_KINDS: Record<string, MessageId> = {
  ministry: 'alliances.organisationKind.ministry',
  agency: 'alliances.organisationKind.agency',
  academy: 'alliances.organisationKind.academy',
  'research-centre': 'alliances.organisationKind.research-centre',
  hub: 'alliances.organisationKind.hub',
  'international-organisation': 'alliances.organisationKind.international-organisation',
};

function AllianceView({ alliance }: { alliance: AllianceDetail }) {
  const intl = useIntl();
  const actor = useActor();
  const me = useMe();
  const mayInvite = can(actor, 'alliance.invite', { allianceId: alliance.id });
  const myMembership = me.memberships.find((m) => m.allianceId === alliance.id);
  const counts = new Map(alliance.peopleByCountry.map((p) => [p.country, p.count]));
  const international = counts.get(null) ?? 0;
  const kindName = (kind: string): string => {
    const id = ORGANISATION_KINDS[kind];
    return id ? intl.formatMessage({ id }) : kind;
  };

  return (
    <>
      <PageHeader
        eyebrow={`${intl.formatMessage({ id: 'alliances.launched' }, { year: String(alliance.launchYear) })}${alliance.secretariat ? ` · ${intl.formatMessage({ id: 'alliances.secretariat' }, { name: alliance.secretariat.name })}` : ''}`}
        title={alliance.name}
        description={alliance.theme}
        actions={
          <>
            {myMembership && (
              <Badge size="lg" variant="light" tt="none" fw={600} color={myMembership.status === 'suspended' ? 'red' : 'peerhub'}>
                {myMembership.status === 'suspended' ? intl.formatMessage({ id: 'alliances.page.suspended' }) : intl.formatMessage({ id: 'alliances.myRole' }, { role: roleName(myMembership.role) })}
              </Badge>
            )}
            {can(actor, 'alliance.request-join', { allianceId: alliance.id }) && <AskToJoinButton allianceId={alliance.id} allianceName={alliance.name} />}
            <ConsoleButton allianceId={alliance.id} />
            {mayInvite && <InviteButton allianceId={alliance.id} allianceName={alliance.name} />}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="about-alliance">
              <Title order={2} fz="lg" mb="sm" id="about-alliance">
                {intl.formatMessage({ id: 'alliances.page.about' })}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{alliance.description || intl.formatMessage({ id: 'alliances.page.noDescription' })}</Text>
              {alliance.topics.length > 0 && (
                <>
                  <Text size="sm" fw={600} mt="lg" mb={6}>
                    {intl.formatMessage({ id: 'alliances.page.topics' })}
                  </Text>
                  <Group gap={6}>
                    {alliance.topics.map((t) => (
                      <Badge key={t} variant="light" tt="none" fw={500} size="md">
                        {topicName(t)}
                      </Badge>
                    ))}
                  </Group>
                </>
              )}
            </Card>
            <AllianceGroups allianceId={alliance.id} allianceName={alliance.name} />
            <PeoplePreview allianceId={alliance.id} />
            {mayInvite && <PendingInvitations allianceId={alliance.id} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="member-countries">
              <Title order={2} fz="lg" mb="md" id="member-countries">
                {intl.formatMessage({ id: 'alliances.page.memberCountries' })}
              </Title>
              <Stack gap="sm">
                {alliance.countries.map((code) => {
                  const people = counts.get(code) ?? 0;
                  return (
                    <Group key={code} justify="space-between" wrap="nowrap">
                      <Anchor component={Link} to={`/people?allianceId=${alliance.id}&country=${code}`} size="sm" c="inherit" aria-label={intl.formatMessage({ id: 'alliances.page.countryPeopleLabel' }, { country: countryName(code), count: people })}>
                        <CountryName code={code} />
                      </Anchor>
                      <Badge variant="light" color="gray" tt="none" fw={500}>
                        {intl.formatMessage({ id: 'alliances.page.peopleCount' }, { count: people })}
                      </Badge>
                    </Group>
                  );
                })}
                {international > 0 && (
                  <Group justify="space-between">
                    <Text size="sm">{intl.formatMessage({ id: 'alliances.page.international' })}</Text>
                    <Text size="sm" c="dimmed">
                      {intl.formatMessage({ id: 'alliances.page.peopleCount' }, { count: international })}
                    </Text>
                  </Group>
                )}
              </Stack>
            </Card>
            <Card withBorder padding="lg" component="section" aria-labelledby="coordinators">
              <Title order={2} fz="lg" mb="md" id="coordinators">
                {intl.formatMessage({ id: 'alliances.page.coordinators' })}
              </Title>
              <Stack gap="sm">
                {alliance.coordinators.length === 0 && (
                  <Text c="dimmed" size="sm">
                    {intl.formatMessage({ id: 'alliances.page.noCoordinator' })}
                  </Text>
                )}
                {alliance.coordinators.map((c) => (
                  <Group key={c.id} gap="sm" wrap="nowrap">
                    <Avatar color="peerhub" radius="xl" src={c.avatarUrl} alt="">
                      {initials(c.name)}
                    </Avatar>
                    <div style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/people/${c.id}`} fw={600} size="sm">
                        {c.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {[c.position, c.organisationName].filter(Boolean).join(', ')}
                      </Text>
                    </div>
                  </Group>
                ))}
              </Stack>
            </Card>
            <Card withBorder padding="lg" component="section" aria-labelledby="organisations">
              <Title order={2} fz="lg" mb="md" id="organisations">
                {intl.formatMessage({ id: 'alliances.page.organisations' })}
              </Title>
              <Stack gap="sm">
                {alliance.organisations.length === 0 && (
                  <Text c="dimmed" size="sm">
                    {intl.formatMessage({ id: 'alliances.page.noOrganisations' })}
                  </Text>
                )}
                {alliance.organisations.map((o) => (
                  <Group key={o.id} gap="sm" wrap="nowrap" align="flex-start">
                    <CountryTag code={o.country} />
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" lh={1.3}>
                        {o.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {kindName(o.kind)}
                      </Text>
                    </div>
                  </Group>
                ))}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
