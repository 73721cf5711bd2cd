import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBook2 } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { topicName } from '../../../components/ui/labels';
import { caseStudyQueryOptions } from '../api/get-case-study';
import { stageName } from '../model/labels';

/**
 * A case study shared in a conversation, as a card under the message. Someone who may not read the
 * study gets a 404 and sees no card, only the link: the card never reveals more than the API does.
 */
export function CaseStudyCard({ id }: { id: string }) {
  const intl = useIntl();
  const study = useQuery({ ...caseStudyQueryOptions(id), retry: false, staleTime: 60_000 });
  if (!study.data) return null;
  const c = study.data;
  return (
    <Card withBorder padding="sm" radius="md" mt={6} maw={520} className="cs-card" data-testid="case-study-card">
      <Group gap={8} wrap="nowrap" mb={4}>
        <IconBook2 size={16} aria-hidden />
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {intl.formatMessage({ id: 'caseStudies.card.eyebrow' })}
        </Text>
        <Badge size="xs" variant="light">
          {stageName(c.stage)}
        </Badge>
      </Group>
      <Anchor component={Link} to={`/case-studies/${c.id}`} fw={600}>
        {c.title}
      </Anchor>
      <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
        {c.summary}
      </Text>
      <Group gap="xs" mt={6}>
        <CountryName code={c.country} size="xs" />
        {c.topics.slice(0, 2).map((t) => (
          <Badge key={t} size="xs" variant="outline">
            {topicName(t)}
          </Badge>
        ))}
      </Group>
    </Card>
  );
}

const LINK = /(?:^|[\s(<])(https?:\/\/[^\s/]+)?\/case-studies\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;

/** The case studies a message links to on this platform (its own origin or a relative link), at most three. */
export function linkedCaseStudyIds(body: string, origin: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(LINK)) {
    const host = m[1];
    const id = m[2]?.toLowerCase();
    if (id && (!host || host === origin) && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, 3);
}
