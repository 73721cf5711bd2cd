import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { GroupDetail } from '@peerhub/contracts';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { usePeople } from '../../people';
import { useInviteToGroup } from '../api/invite-to-group';

/** Leads and coordinators pick alliance members (searched in the directory) to invite. */
export function InviteMembersModal({ group, opened, onClose }: { group: GroupDetail; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // The picked people with their labels, so they stay named while the search changes.
  const [picked, setPicked] = useState<Array<{ value: string; label: string }>>([]);
  const selected = picked.map((p) => p.value);
  const [error, setError] = useState<string | null>(null);
  const people = usePeople({ allianceId: group.allianceId, q: debounced || undefined, pageSize: 50 });
  const invite = useInviteToGroup();
  const memberIds = useMemo(() => new Set(group.members.map((m) => m.personId)), [group.members]);
  const options = [
    ...picked,
    ...(people.data?.items ?? [])
      .filter((p) => !memberIds.has(p.id) && !selected.includes(p.id))
      .map((p) => ({ value: p.id, label: [p.name, p.organisationName].filter(Boolean).join(' · ') })),
  ];
  const close = () => {
    setPicked([]);
    setSearch('');
    setError(null);
    onClose();
  };
  const send = () => {
    setError(null);
    invite.mutate(
      { groupId: group.id, body: { personIds: selected } },
      {
        onSuccess: () => {
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'groups.invite.sentTitle' }), message: intl.formatMessage({ id: 'groups.invite.sentMessage' }, { count: selected.length, name: group.name }) });
          close();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={intl.formatMessage({ id: 'groups.invite.title' }, { name: group.name })} size="lg" centered styles={{ title: { fontWeight: 650 } }}>
      <Stack>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'groups.invite.intro' }, { alliance: group.allianceName })}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <MultiSelect
          label={intl.formatMessage({ id: 'groups.invite.people' })}
          placeholder={selected.length ? undefined : intl.formatMessage({ id: 'groups.invite.typeName' })}
          data={options}
          value={selected}
          onChange={(ids) => setPicked(ids.flatMap((id) => options.filter((o) => o.value === id)))}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: o }) => o}
          nothingFoundMessage={intl.formatMessage({ id: people.isFetching ? 'groups.invite.searching' : 'groups.invite.nobody' })}
          maxValues={100}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button disabled={selected.length === 0} loading={invite.isPending} onClick={send}>
            {selected.length > 1 ? intl.formatMessage({ id: 'groups.invite.submitCount' }, { count: selected.length }) : intl.formatMessage({ id: 'groups.invite.submit' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
