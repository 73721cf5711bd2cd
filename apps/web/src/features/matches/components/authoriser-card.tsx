import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { usePeople } from '../../people';
import { useMyAuthoriser, useSetMyAuthoriser } from '../api/authorisations';

/** On my profile: who authorises my participation in matches (my manager at home). */
export function AuthoriserCard() {
  const me = useMe();
  const mine = useMyAuthoriser();
  const set = useSetMyAuthoriser();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const people = usePeople({ q: query || undefined, pageSize: 20 });
  const [error, setError] = useState<string | null>(null);
  const current = mine.data?.authoriser ?? null;
  const options = [
    ...(current ? [{ value: current.personId, label: current.name }] : []),
    ...(people.data?.items ?? []).filter((p) => p.id !== me.id && p.id !== current?.personId).map((p) => ({ value: p.id, label: `${p.name}${p.organisationName ? ` · ${p.organisationName}` : ''}` })),
  ];
  const choose = (authoriserId: string | null) => {
    setError(null);
    set.mutate(
      { authoriserId },
      {
        onSuccess: (saved) => notifications.show({ color: 'peerhub', message: saved.authoriser ? `${saved.authoriser.name} now authorises your participation.` : 'You have no authoriser now.' }),
        onError: (e) => setError(fieldErrors(e).authoriserId ?? errorMessage(e)),
      },
    );
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-authoriser">
      <Title order={2} fz="lg" id="profile-authoriser">
        My authoriser
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The manager in your organisation who approves your taking part in peer-learning matches and receives the learning report. They need a Peerhub account in one of your alliances.{' '}
        <Anchor component={Link} to="/learning/authorisations" inherit>
          Approvals waiting for me
        </Anchor>
      </Text>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Authoriser"
            placeholder="Search a name"
            searchable
            clearable
            data={options}
            value={current?.personId ?? null}
            searchValue={search}
            onSearchChange={setSearch}
            onChange={(value) => choose(value)}
            nothingFoundMessage="Nobody by that name in your alliances"
            error={error}
            style={{ flex: '1 1 320px' }}
          />
          {current && (
            <Button variant="subtle" color="gray" onClick={() => choose(null)} loading={set.isPending}>
              Remove
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
