import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Match } from '@peerhub/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { formatDate } from '../../../components/ui/labels';
import { authorisation } from '../model/labels';

/** Who takes part, their authorisation, and who has gone quiet (coordinators act on that). */
export function MatchMembers({ match }: { match: Match }) {
  const intl = useIntl();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-people">
      <Title order={2} fz="lg" id="match-people" mb="sm">
        {intl.formatMessage({ id: 'matches.members.title' })}
      </Title>
      <Stack gap="sm">
        {match.members.map((m) => (
          <Stack key={m.personId} gap={2} data-member={m.name}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} component={Link} to={`/people/${m.personId}`} className="plain">
                {m.name}
              </Text>
              <Badge size="sm" variant="light" color={m.side === 'learner' ? 'peerhub' : 'grape'}>
                {intl.formatMessage({ id: m.side === 'learner' ? 'learning.side.learner' : 'learning.side.peer' })}
              </Badge>
              {m.authorisation !== 'not-needed' && (
                <Badge size="sm" variant="outline" color={authorisation(m.authorisation).color}>
                  {authorisation(m.authorisation).label}
                </Badge>
              )}
              {m.quiet && (
                <Badge size="sm" color="orange" leftSection={<IconAlertTriangle size={12} />}>
                  {intl.formatMessage({ id: 'matches.members.quiet' })}
                </Badge>
              )}
            </Group>
            <Group gap="xs">
              <CountryName code={m.country} />
              {m.authoriser && (
                <Text size="xs" c="dimmed">
                  · {intl.formatMessage({ id: 'matches.members.authoriser' }, { name: m.authoriser.name })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                · {m.lastActiveAt ? intl.formatMessage({ id: 'matches.members.lastActive' }, { date: formatDate(m.lastActiveAt) }) : intl.formatMessage({ id: 'matches.members.noActivity' })}
              </Text>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
