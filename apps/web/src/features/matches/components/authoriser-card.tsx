import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { usePeople } from '../../people';
import { useMyAuthoriser, useSetMyAuthoriser } from '../api/authorisations';

/** On my profile: who authorises my participation in matches (my manager at home). */
export function AuthoriserCard() {
  const intl = useIntl();
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
        onSuccess: (saved) => notifications.show({ color: 'peerhub', message: saved.authoriser ? intl.formatMessage({ id: 'matches.authoriser.set' }, { name: saved.authoriser.name }) : intl.formatMessage({ id: 'matches.authoriser.none' }) }),
        onError: (e) => setError(fieldErrors(e).authoriserId ?? errorMessage(e)),
      },
    );
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-authoriser">
      <Title order={2} fz="lg" id="profile-authoriser">
        {intl.formatMessage({ id: 'matches.authoriser.title' })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {intl.formatMessage({ id: 'matches.authoriser.description' })}{' '}
        <Anchor component={Link} to="/learning/authorisations" inherit>
          {intl.formatMessage({ id: 'matches.authoriser.waiting' })}
        </Anchor>
      </Text>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={intl.formatMessage({ id: 'matches.authoriser.label' })}
            placeholder={intl.formatMessage({ id: 'matches.authoriser.placeholder' })}
            searchable
            clearable
            data={options}
            value={current?.personId ?? null}
            searchValue={search}
            onSearchChange={setSearch}
            onChange={(value) => choose(value)}
            nothingFoundMessage={intl.formatMessage({ id: 'matches.authoriser.nothingFound' })}
            error={error}
            style={{ flex: '1 1 320px' }}
          />
          {current && (
            <Button variant="subtle" color="gray" onClick={() => choose(null)} loading={set.isPending}>
              {intl.formatMessage({ id: 'common.remove' })}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
