import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMatches } from '../api/get-match';

/** The matches I take part in, authorise or broker: the way into each workspace. Nothing shows while there are none. */
export function MyMatches() {
  const matches = useMatches();
  const items = matches.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="matches-title">
      <Title order={2} fz="lg" id="matches-title">
        Matches
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
                    {m.members.map((p) => p.name).join(', ')} · {m.objectives.length} objectives · {open} open commitments
                  </Text>
                </Stack>
                <Group gap={6}>
                  {m.members.some((p) => p.quiet) && (
                    <Badge color="orange" variant="light">
                      Someone went quiet
                    </Badge>
                  )}
                  <Badge color={m.status === 'active' ? 'teal' : 'gray'} variant="light">
                    {m.status === 'active' ? 'Active' : 'Closed'}
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
