import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useRequestToJoin } from '../api/request-to-join';

/** For people outside an alliance: ask its coordinators to let them in. */
export function AskToJoinButton({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
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
          notifications.show({ color: 'teal', title: 'Request sent', message: `The coordinators of the ${allianceName} will answer it.` });
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
      },
    );
  return (
    <>
      <Button onClick={open} disabled={sent}>
        {sent ? 'Request sent' : 'Ask to join'}
      </Button>
      <Modal opened={opened} onClose={close} title={`Ask to join the ${allianceName}`} centered>
        <Stack>
          <Text size="sm" c="dimmed">
            The alliance's coordinators decide. Say briefly who you are and what you hope to learn.
          </Text>
          <Textarea label="Message to the coordinators" autosize minRows={3} maxLength={1000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <Button onClick={send} loading={request.isPending}>
            Send request
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
