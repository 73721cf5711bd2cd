import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { useRequestToJoin } from '../api/request-to-join';

/** For people outside an alliance: ask its coordinators to let them in. */
export function AskToJoinButton({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const request = useRequestToJoin();
  const send = () =>
    request.mutate(
      { allianceId, body: message.trim() ? { message: message.trim() } : {} },
      {
        onSuccess: () => {
          setSent(true);
          close();
          notifications.show({
            color: 'teal',
            title: intl.formatMessage({ id: 'alliances.askToJoin.sent' }),
            message: intl.formatMessage({ id: 'alliances.askToJoin.sentMessage' }, { alliance: allianceName }),
          });
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  return (
    <>
      <Button onClick={open} disabled={sent}>
        {intl.formatMessage({ id: sent ? 'alliances.askToJoin.sent' : 'alliances.askToJoin.button' })}
      </Button>
      <Modal opened={opened} onClose={close} title={intl.formatMessage({ id: 'alliances.askToJoin.title' }, { alliance: allianceName })} centered>
        <Stack>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'alliances.askToJoin.intro' })}
          </Text>
          <Textarea
            label={intl.formatMessage({ id: 'alliances.askToJoin.message' })}
            autosize
            minRows={3}
            maxLength={1000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          <Button onClick={send} loading={request.isPending}>
            {intl.formatMessage({ id: 'alliances.askToJoin.submit' })}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
