import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PersonCard, usePeople } from '../../people';

const PREVIEW = 4;

/** A glimpse of the alliance's people, with the way into the directory filtered by the alliance. */
export function PeoplePreview({ allianceId }: { allianceId: string }) {
  const people = usePeople({ allianceId, pageSize: PREVIEW });
  const directory = `/people?allianceId=${allianceId}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="alliance-people">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" id="alliance-people">
          People{people.data ? ` (${people.data.total})` : ''}
        </Title>
        <Button component={Link} to={directory} variant="light" size="xs" rightSection={<IconArrowRight size={14} />}>
          See everyone in the directory
        </Button>
      </Group>
      {people.isError ? (
        <Text c="dimmed" size="sm">
          The people of this alliance could not be loaded.
        </Text>
      ) : people.data && people.data.items.length === 0 ? (
        <EmptyState title="Nobody here yet" />
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
