import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { GroupSummary } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { CardLink } from '../../../components/ui/card-link';
import { topicName } from '../../../components/ui/labels';
import { CountryFlagRow, MemberCount, StandingBadge, VisibilityBadge } from './group-badges';

export function GroupCard({ group, showAlliance = true }: { group: GroupSummary; showAlliance?: boolean }) {
  const intl = useIntl();
  return (
    <Card withBorder padding="lg" radius="md" className="card-link" h="100%">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Title order={3} fz="lg" lh={1.35} c="peerhub.9">
              <CardLink to={`/groups/${group.id}`} title={group.name} />
            </Title>
            {showAlliance && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {group.allianceName}
              </Text>
            )}
          </div>
          <Group gap={6} style={{ flex: 'none' }}>
            {group.status === 'archived' && (
              <Badge variant="outline" color="gray">
                {intl.formatMessage({ id: 'groups.status.archived' })}
              </Badge>
            )}
            <StandingBadge standing={group.standing} />
          </Group>
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {group.purpose}
        </Text>
        <Group gap={6}>
          <VisibilityBadge visibility={group.visibility} />
          {group.topics.map((t) => (
            <Badge key={t} variant="light" color="gray" fw={500}>
              {topicName(t)}
            </Badge>
          ))}
        </Group>
        <Group justify="space-between" mt="auto" gap="sm">
          <MemberCount count={group.memberCount} limit={group.memberLimit} />
          <CountryFlagRow countries={group.countries} />
        </Group>
      </Stack>
    </Card>
  );
}
