import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { GroupDetail } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCheck, IconDoorExit, IconLogin, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useActor } from '../../../lib/session';
import { useJoinGroup } from '../api/join-group';
import { useLeaveGroup } from '../api/leave-group';
import { useRequestGroup } from '../api/request-group';
import { groupSubject } from './group-subject';

/** A button the policy refuses stays visible, disabled, with the reason on hover and focus. */
function Refusable({ reason, children }: { reason: string | null; children: React.ReactElement }) {
  if (!reason) return children;
  return (
    <Tooltip label={reason} withArrow multiline maw={280}>
      <span tabIndex={0} aria-label={reason} style={{ display: 'inline-flex' }}>
        {children}
      </span>
    </Tooltip>
  );
}

/** Join, ask to join, accept an invitation or leave: whichever the person's standing allows. */
export function GroupActions({ group }: { group: GroupDetail }) {
  const actor = useActor();
  const subject = groupSubject(group);
  const join = useJoinGroup();
  const leave = useLeaveGroup();
  const [asking, { open: openAsk, close: closeAsk }] = useDisclosure(false);
  const [confirmLeave, { open: openLeave, close: closeLeave }] = useDisclosure(false);
  const fail = (title: string) => (e: unknown) => notifications.show({ color: 'red', title, message: errorMessage(e) });

  if (group.status === 'archived') return null;

  if (group.standing === 'member' || group.standing === 'lead') {
    const reason = whyNot(actor, 'group.leave', subject);
    return (
      <>
        <Refusable reason={reason}>
          <Button variant="default" leftSection={<IconDoorExit size={16} />} disabled={!can(actor, 'group.leave', subject)} onClick={openLeave}>
            Leave group
          </Button>
        </Refusable>
        <Modal opened={confirmLeave} onClose={closeLeave} title={`Leave ${group.name}?`} centered>
          <Stack>
            <Text size="sm" c="dimmed">
              You stop receiving its discussion. {group.visibility === 'open' ? 'You can join again at any time.' : 'To come back you will need to ask or be invited again.'}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={closeLeave}>
                Stay
              </Button>
              <Button
                color="red"
                loading={leave.isPending}
                onClick={() =>
                  leave.mutate(group.id, {
                    onSuccess: () => {
                      closeLeave();
                      notifications.show({ color: 'gray', title: 'You left the group', message: group.name });
                    },
                    onError: fail('You are still a member'),
                  })
                }
              >
                Leave
              </Button>
            </Group>
          </Stack>
        </Modal>
      </>
    );
  }

  if (group.standing === 'requested') {
    return (
      <Button variant="light" color="orange" disabled leftSection={<IconCheck size={16} />}>
        Request sent: waiting for a decision
      </Button>
    );
  }

  const joinReason = whyNot(actor, 'group.join', subject);
  if (group.standing === 'invited' || group.visibility === 'open') {
    return (
      <Refusable reason={joinReason}>
        <Button
          leftSection={<IconLogin size={16} />}
          disabled={!can(actor, 'group.join', subject)}
          loading={join.isPending}
          onClick={() =>
            join.mutate(group.id, {
              onSuccess: () => notifications.show({ color: 'peerhub', title: 'Welcome to the group', message: `You are now a member of ${group.name}.` }),
              onError: fail('Not joined'),
            })
          }
        >
          {group.standing === 'invited' ? 'Accept invitation' : 'Join group'}
        </Button>
      </Refusable>
    );
  }

  if (group.visibility === 'by-request') {
    const reason = whyNot(actor, 'group.request', subject);
    return (
      <>
        <Refusable reason={reason}>
          <Button leftSection={<IconSend size={16} />} disabled={!can(actor, 'group.request', subject)} onClick={openAsk}>
            Ask to join
          </Button>
        </Refusable>
        <AskToJoinModal group={group} opened={asking} onClose={closeAsk} />
      </>
    );
  }
  return null;
}

function AskToJoinModal({ group, opened, onClose }: { group: GroupDetail; opened: boolean; onClose: () => void }) {
  const request = useRequestGroup();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    setError(null);
    request.mutate(
      { groupId: group.id, body: { message: message.trim() || undefined } },
      {
        onSuccess: () => {
          onClose();
          setMessage('');
          notifications.show({ color: 'peerhub', title: 'Request sent', message: `The leads of ${group.name} will decide; you will see the answer here.` });
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Ask to join ${group.name}`} centered styles={{ title: { fontWeight: 650 } }}>
      <Stack>
        <Text size="sm" c="dimmed">
          The group's leads and the alliance coordinators decide. A line about what you would bring or hope to learn helps them.
        </Text>
        <Textarea
          label="Message to the leads"
          description="Optional"
          autosize
          minRows={3}
          maxRows={8}
          maxLength={1000}
          data-autofocus
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={error}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={request.isPending} onClick={send}>
            Send request
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
