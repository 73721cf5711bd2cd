import { Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail } from '@peerhub/contracts';
import { IconBan, IconChevronDown, IconCircleCheck, IconEdit, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useSetExchangeStatus } from '../api/set-exchange-status';

/** Edit, publish, cancel (with a confirmation and a reason) and mark completed: what the status allows. */
export function OrganiserActions({ exchange, started }: { exchange: ExchangeDetail; started: boolean }) {
  const setStatus = useSetExchangeStatus();
  const [cancelling, { open: openCancel, close: closeCancel }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const open = exchange.status === 'draft' || exchange.status === 'published';
  const change = (status: 'published' | 'cancelled' | 'completed', message: string) =>
    setStatus.mutate(
      { id: exchange.id, body: { status, ...(status === 'cancelled' && reason.trim() ? { reason: reason.trim() } : {}) } },
      {
        onSuccess: () => {
          closeCancel();
          notifications.show({ color: status === 'cancelled' ? 'gray' : 'peerhub', title: { published: 'Published', cancelled: 'Exchange cancelled', completed: 'Marked as completed' }[status], message });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(e) }),
      },
    );
  if (!open) return null;
  return (
    <>
      {exchange.status === 'draft' && (
        <Button leftSection={<IconSend size={16} />} loading={setStatus.isPending && setStatus.variables.body.status === 'published'} onClick={() => change('published', 'The alliance can now see it and register.')}>
          Publish
        </Button>
      )}
      <Button component={Link} to={`/exchanges/${exchange.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
        Edit
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {exchange.status === 'published' && (
            <Menu.Item leftSection={<IconCircleCheck size={16} />} disabled={!started} onClick={() => change('completed', 'Participants can still give feedback.')}>
              Mark as completed{started ? '' : ' (after it starts)'}
            </Menu.Item>
          )}
          <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={openCancel}>
            Cancel the exchange
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={cancelling} onClose={closeCancel} title={`Cancel ${exchange.title}?`} centered styles={{ title: { fontWeight: 650 } }}>
        <Stack>
          <Text size="sm" c="dimmed">
            {exchange.status === 'published'
              ? `The ${exchange.going + exchange.maybe + exchange.waitlisted + exchange.pending} people registered are told by e-mail and in Peerhub; calendars that hold it mark it cancelled. This cannot be undone.`
              : 'The draft is closed for good. This cannot be undone.'}
          </Text>
          <Textarea label="Reason" description="Optional; kept with the exchange" autosize minRows={2} maxRows={6} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeCancel}>
              Keep it
            </Button>
            <Button color="red" loading={setStatus.isPending} onClick={() => change('cancelled', exchange.title)}>
              Cancel the exchange
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
