import { Anchor, Avatar, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { EmptyState } from '../../../components/ui/empty-state';
import { initials } from '../../../components/ui/initials';
import { languageName, roleName, topicName } from '../../../components/ui/labels';
import { usePageTitle } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useSession } from '../../../lib/session';
import { usePerson } from '../api/get-person';
import { LocalTime } from '../components/local-time';

export function PersonPage() {
  const intl = useIntl();
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const { person: me } = useSession();
  usePageTitle(person.data?.name);
  return (
    <QueryState query={person}>
      {(p) => (
        <Stack gap="lg">
          <Anchor component={Link} to="/people" size="sm">
            {intl.formatMessage({ id: 'people.person.back' })}
          </Anchor>
          <Card withBorder padding="xl">
            <Group align="flex-start" gap="xl" wrap="wrap">
              <Avatar color="peerhub" radius={999} size={96} src={p.avatarUrl} alt="">
                {initials(p.name)}
              </Avatar>
              <Stack gap={8} style={{ flex: '1 1 280px' }}>
                <Title order={1} fz={{ base: 24, sm: 28 }}>
                  {p.name}
                </Title>
                <Text c="dimmed">{[p.position, p.organisationName].filter(Boolean).join(' · ') || intl.formatMessage({ id: 'people.positionNotGiven' })}</Text>
                <Group gap="lg">
                  <CountryName code={p.country} />
                  <LocalTime zone={p.timezone} />
                </Group>
                {me?.id === p.id && (
                  <Anchor component={Link} to="/me" size="sm">
                    {intl.formatMessage({ id: 'people.person.editProfile' })}
                  </Anchor>
                )}
              </Stack>
            </Group>
          </Card>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Card withBorder padding="lg" h="100%">
                <Title order={2} fz="lg" mb="sm">
                  {intl.formatMessage({ id: 'people.person.about' })}
                </Title>
                {p.bio ? <Text style={{ whiteSpace: 'pre-wrap' }}>{p.bio}</Text> : <EmptyState title={intl.formatMessage({ id: 'people.person.noBio' })} />}
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <Card withBorder padding="lg">
                  <Title order={2} fz="lg" mb="sm">
                    {intl.formatMessage({ id: 'people.person.expertise' })}
                  </Title>
                  <Group gap={6}>
                    {p.expertiseTopics.length === 0 && (
                      <Text size="sm" c="dimmed">
                        {intl.formatMessage({ id: 'people.person.noTopics' })}
                      </Text>
                    )}
                    {p.expertiseTopics.map((t) => (
                      <Badge key={t} variant="light" tt="none" fw={500}>
                        {topicName(t)}
                      </Badge>
                    ))}
                  </Group>
                  <Title order={2} fz="lg" mt="lg" mb="sm">
                    {intl.formatMessage({ id: 'people.person.languages' })}
                  </Title>
                  <Text size="sm">{p.languages.length ? p.languages.map(languageName).join(', ') : intl.formatMessage({ id: 'people.person.notGiven' })}</Text>
                </Card>
                <Card withBorder padding="lg">
                  <Title order={2} fz="lg" mb="sm">
                    {intl.formatMessage({ id: 'people.person.alliances' })}
                  </Title>
                  <Stack gap="xs">
                    {p.memberships.map((m) => (
                      <Group key={m.allianceId} justify="space-between" wrap="nowrap" gap="sm">
                        <Anchor component={Link} to={`/alliances/${m.allianceId}`} size="sm">
                          {m.allianceName}
                        </Anchor>
                        <Badge variant="light" color={m.status === 'suspended' ? 'red' : 'peerhub'} style={{ flex: 'none' }}>
                          {m.status === 'suspended' ? intl.formatMessage({ id: 'people.person.suspended' }) : roleName(m.role)}
                        </Badge>
                      </Group>
                    ))}
                  </Stack>
                </Card>
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}
