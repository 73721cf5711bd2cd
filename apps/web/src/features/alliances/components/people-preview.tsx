import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PersonCard, usePeople } from '../../people';

const PREVIEW = 4;

/** A glimpse of the alliance's people, with the way into the directory filtered by the alliance. */
export function PeoplePreview({ allianceId }: { allianceId: string }) {
  const intl = useIntl();
  const people = usePeople({ allianceId, pageSize: PREVIEW });
  const directory = `/people?allianceId=${allianceId}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="alliance-people">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" id="alliance-people">
          {people.data ? intl.formatMessage({ id: 'alliances.people.titleWithCount' }, { count: people.data.total }) : intl.formatMessage({ id: 'alliances.people.title' })}
        </Title>
        <Button component={Link} to={directory} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
          {intl.formatMessage({ id: 'alliances.people.seeAll' })}
        </Button>
      </Group>
      {people.isError ? (
        <Text c="dimmed" size="sm">
          {intl.formatMessage({ id: 'alliances.people.loadFailed' })}
        </Text>
      ) : people.data && people.data.items.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'alliances.people.empty' })} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {people.data?.items.map((p) => (
            <PersonCard key={p.id} person={p} />
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
