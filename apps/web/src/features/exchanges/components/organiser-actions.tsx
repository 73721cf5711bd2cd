import { Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail } from '@peerhub/contracts';
import { IconBan, IconChevronDown, IconCircleCheck, IconEdit, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useSetExchangeStatus } from '../api/set-exchange-status';

/** Edit, publish, cancel (with a confirmation and a reason) and mark completed: what the status allows. */
export function OrganiserActions({ exchange, started }: { exchange: ExchangeDetail; started: boolean }) {
  const intl = useIntl();
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
          notifications.show({ color: status === 'cancelled' ? 'gray' : 'peerhub', title: intl.formatMessage({ id: `exchanges.actions.${status}Title` }), message });
        },
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.actions.notChanged' }), message: errorMessage(e) }),
      },
    );
  if (!open) return null;
  return (
    <>
      {exchange.status === 'draft' && (
        <Button leftSection={<IconSend size={16} />} loading={setStatus.isPending && setStatus.variables.body.status === 'published'} onClick={() => change('published', intl.formatMessage({ id: 'exchanges.actions.publishedMessage' }))}>
          {intl.formatMessage({ id: 'exchanges.actions.publish' })}
        </Button>
      )}
      <Button component={Link} to={`/exchanges/${exchange.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
        {intl.formatMessage({ id: 'common.edit' })}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            {intl.formatMessage({ id: 'exchanges.actions.more' })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {exchange.status === 'published' && (
            <Menu.Item leftSection={<IconCircleCheck size={16} />} disabled={!started} onClick={() => change('completed', intl.formatMessage({ id: 'exchanges.actions.completedMessage' }))}>
              {intl.formatMessage({ id: started ? 'exchanges.actions.markCompleted' : 'exchanges.actions.markCompletedLater' })}
            </Menu.Item>
          )}
          <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={openCancel}>
            {intl.formatMessage({ id: 'exchanges.actions.cancel' })}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={cancelling} onClose={closeCancel} title={intl.formatMessage({ id: 'exchanges.actions.cancelTitle' }, { title: exchange.title })} centered styles={{ title: { fontWeight: 650 } }}>
        <Stack>
          <Text size="sm" c="dimmed">
            {exchange.status === 'published'
              ? intl.formatMessage({ id: 'exchanges.actions.cancelPublished' }, { count: exchange.going + exchange.maybe + exchange.waitlisted + exchange.pending })
              : intl.formatMessage({ id: 'exchanges.actions.cancelDraft' })}
          </Text>
          <Textarea label={intl.formatMessage({ id: 'exchanges.actions.reason' })} description={intl.formatMessage({ id: 'exchanges.actions.reasonDescription' })} autosize minRows={2} maxRows={6} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeCancel}>
              {intl.formatMessage({ id: 'exchanges.actions.keep' })}
            </Button>
            <Button color="red" loading={setStatus.isPending} onClick={() => change('cancelled', exchange.title)}>
              {intl.formatMessage({ id: 'exchanges.actions.cancel' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
