import { Button, Group, Modal, MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { usePeople } from '../../people';
import { useCreateDirectConversation } from '../api/create-direct-conversation';

const MAX_OTHERS = 8;

/** Starts a direct conversation with one to eight people from the directory. */
export function NewConversationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const me = useMe();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const people = usePeople({ q: debounced || undefined, pageSize: 20 });
  const create = useCreateDirectConversation();

  const found = (people.data?.items ?? []).filter((p) => p.id !== me.id);
  // Keep the chosen people in the options even when the search no longer finds them.
  const data = [
    ...selected.filter((id) => !found.some((p) => p.id === id)).map((id) => ({ value: id, label: names[id] ?? id })),
    ...found.map((p) => ({ value: p.id, label: p.organisationName ? `${p.name} · ${p.organisationName}` : p.name })),
  ];

  const close = () => {
    setSelected([]);
    setSearch('');
    create.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={intl.formatMessage({ id: 'chat.newMessage' })} centered closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}>
      <MultiSelect
        label={intl.formatMessage({ id: 'chat.new.to' })}
        description={intl.formatMessage({ id: 'chat.new.toHint' }, { count: MAX_OTHERS })}
        placeholder={selected.length === 0 ? intl.formatMessage({ id: 'chat.new.searchPlaceholder' }) : undefined}
        data={data}
        value={selected}
        onChange={(ids) => {
          setSelected(ids);
          setNames((current) => ({ ...current, ...Object.fromEntries(found.filter((p) => ids.includes(p.id)).map((p) => [p.id, p.name])) }));
        }}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        maxValues={MAX_OTHERS}
        nothingFoundMessage={intl.formatMessage({ id: people.isFetching ? 'chat.new.searching' : 'chat.new.nobody' })}
        hidePickedOptions
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      {create.isError && (
        <Text c="red.8" size="sm" mt="sm" role="alert">
          {errorMessage(create.error)}
        </Text>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={close}>
          {intl.formatMessage({ id: 'common.cancel' })}
        </Button>
        <Button
          disabled={selected.length === 0}
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { participantIds: selected },
              {
                onSuccess: (conversation) => {
                  close();
                  void navigate(`/conversations/${conversation.id}`);
                },
              },
            )
          }
        >
          {intl.formatMessage({ id: 'chat.new.start' })}
        </Button>
      </Group>
    </Modal>
  );
}
