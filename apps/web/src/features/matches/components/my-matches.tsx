import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMatches } from '../api/get-match';

/** The matches I take part in, authorise or broker: the way into each workspace. Nothing shows while there are none. */
export function MyMatches() {
  const intl = useIntl();
  const matches = useMatches();
  const items = matches.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="matches-title">
      <Title order={2} fz="lg" id="matches-title">
        {intl.formatMessage({ id: 'matches.mine.title' })}
      </Title>
      <Card withBorder padding={0}>
        <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((m, i) => {
            const open = m.commitments.filter((c) => c.status === 'planned' || c.status === 'in-progress').length;
            return (
              <Group key={m.id} component="li" justify="space-between" p="md" wrap="wrap" gap="xs" style={{ borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-gray-3)' }}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/learning/matches/${m.id}`} fw={600}>
                    {m.needTitle}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {m.members.map((p) => p.name).join(', ')} · {intl.formatMessage({ id: 'matches.mine.summary' }, { objectives: m.objectives.length, open })}
                  </Text>
                </Stack>
                <Group gap={6}>
                  {m.members.some((p) => p.quiet) && (
                    <Badge color="orange" variant="light">
                      {intl.formatMessage({ id: 'matches.mine.quiet' })}
                    </Badge>
                  )}
                  <Badge color={m.status === 'active' ? 'teal' : 'gray'} variant="light">
                    {intl.formatMessage({ id: m.status === 'active' ? 'matches.status.active' : 'matches.status.closed' })}
                  </Badge>
                </Group>
              </Group>
            );
          })}
        </Stack>
      </Card>
    </Stack>
  );
}
