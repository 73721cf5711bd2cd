import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { LearningNeed } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { CardLink } from '../../../components/ui/card-link';
import { Flag } from '../../../components/ui/country';
import { topicName } from '../../../components/ui/labels';
import { formatTimeFrame, needStatus } from '../model/labels';
import { NeedStatusBadge } from './need-badges';

/** One need in a list: a link to its page with what a coordinator scans for (status, topics, who, when). */
export function NeedCard({ need, showAuthor = true }: { need: LearningNeed; showAuthor?: boolean }) {
  const intl = useIntl();
  return (
    <Card withBorder padding="md" radius="md" className="card-link" h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Title order={3} fz="md" lh={1.35} c="peerhub.9">
              <CardLink to={`/learning/${need.id}`} detail={needStatus(need.status).label} title={need.title} />
            </Title>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {need.allianceName}
            </Text>
          </div>
          <NeedStatusBadge status={need.status} />
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {need.challenge}
        </Text>
        <Group gap={6}>
          {need.topics.map((t) => (
            <Badge key={t} variant="light" color="gray" fw={500}>
              {topicName(t)}
            </Badge>
          ))}
        </Group>
        <Group justify="space-between" gap="xs" mt="auto">
          {showAuthor ? (
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              <Flag code={need.author.country} size={12} />
              <Text size="sm" truncate>
                {need.author.name}
                {need.organisation ? ` ${intl.formatMessage({ id: 'learning.card.forOrganisation' }, { organisation: need.organisation })}` : ''}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          <Text size="sm" c="dimmed">
            {formatTimeFrame(need.timeFrom, need.timeTo)}
            {need.proposals > 0 ? ` · ${intl.formatMessage({ id: 'learning.card.proposals' }, { count: need.proposals })}` : ''}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
