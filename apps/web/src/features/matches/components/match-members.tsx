import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Match } from '@peerhub/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { formatDate } from '../../../components/ui/labels';
import { AUTHORISATION } from '../model/labels';

/** Who takes part, their authorisation, and who has gone quiet (coordinators act on that). */
export function MatchMembers({ match }: { match: Match }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="match-people">
      <Title order={2} fz="lg" id="match-people" mb="sm">
        People
      </Title>
      <Stack gap="sm">
        {match.members.map((m) => (
          <Stack key={m.personId} gap={2} data-member={m.name}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} component={Link} to={`/people/${m.personId}`} className="plain">
                {m.name}
              </Text>
              <Badge size="sm" variant="light" color={m.side === 'learner' ? 'peerhub' : 'grape'}>
                {m.side === 'learner' ? 'Learner' : 'Peer'}
              </Badge>
              {m.authorisation !== 'not-needed' && (
                <Badge size="sm" variant="outline" color={AUTHORISATION[m.authorisation].color}>
                  {AUTHORISATION[m.authorisation].label}
                </Badge>
              )}
              {m.quiet && (
                <Badge size="sm" color="orange" leftSection={<IconAlertTriangle size={12} />}>
                  Quiet for 30+ days
                </Badge>
              )}
            </Group>
            <Group gap="xs">
              <CountryName code={m.country} />
              {m.authoriser && (
                <Text size="xs" c="dimmed">
                  · authoriser {m.authoriser.name}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                · {m.lastActiveAt ? `last active ${formatDate(m.lastActiveAt)}` : 'no activity yet'}
              </Text>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
