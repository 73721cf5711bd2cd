import { Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { PersonProfile } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { CountryName } from '../../../components/ui/country';
import { initials } from '../../../components/ui/initials';
import { languageName, topicName } from '../../../components/ui/labels';
import { LocalTime } from './local-time';

/** One person in the directory: who, where, what they know, which languages, what time it is for them. */
export function PersonCard({ person }: { person: PersonProfile }) {
  const intl = useIntl();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={person.name} h="100%">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar color="peerhub" radius="xl" size={48} src={person.avatarUrl} alt="">
          {initials(person.name)}
        </Avatar>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <div>
            <Anchor component={Link} to={`/people/${person.id}`} fw={650} fz="md">
              {person.name}
            </Anchor>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {[person.position, person.organisationName].filter(Boolean).join(' · ') || intl.formatMessage({ id: 'people.positionNotGiven' })}
            </Text>
          </div>
          <Group gap="md" wrap="wrap">
            <CountryName code={person.country} />
            <LocalTime zone={person.timezone} />
          </Group>
          {person.expertiseTopics.length > 0 && (
            <Group gap={6}>
              {person.expertiseTopics.map((t) => (
                <Badge key={t} size="sm" variant="light" radius="sm" tt="none" fw={500}>
                  {topicName(t)}
                </Badge>
              ))}
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {person.languages.length > 0 ? intl.formatMessage({ id: 'people.card.speaks' }, { languages: person.languages.map(languageName).join(', ') }) : intl.formatMessage({ id: 'people.card.noLanguages' })}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
