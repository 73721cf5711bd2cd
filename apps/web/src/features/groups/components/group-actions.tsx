import { Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { GroupDetail } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCheck, IconDoorExit, IconLogin, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { useActor } from '../../../lib/session';
import { useJoinGroup } from '../api/join-group';
import { useLeaveGroup } from '../api/leave-group';
import { useRequestGroup } from '../api/request-group';
import { groupSubject } from './group-subject';
import { localText } from '../../../i18n/outside-texts';

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
  const intl = useIntl();
  const actor = useActor();
  const subject = groupSubject(group);
  const join = useJoinGroup();
  const leave = useLeaveGroup();
  const [asking, { open: openAsk, close: closeAsk }] = useDisclosure(false);
  const [confirmLeave, { open: openLeave, close: closeLeave }] = useDisclosure(false);
  const fail = (title: string) => (e: unknown) => notifications.show({ color: 'red', title, message: errorMessage(e) });

  if (group.status === 'archived') return null;

  if (group.standing === 'member' || group.standing === 'lead') {
    const reason = localText(whyNot(actor, 'group.leave', subject));
    return (
      <>
        <Refusable reason={reason}>
          <Button variant="default" leftSection={<IconDoorExit size={16} />} disabled={!can(actor, 'group.leave', subject)} onClick={openLeave}>
            {intl.formatMessage({ id: 'groups.actions.leave' })}
          </Button>
        </Refusable>
        <Modal opened={confirmLeave} onClose={closeLeave} title={intl.formatMessage({ id: 'groups.actions.leaveTitle' }, { name: group.name })} centered>
          <Stack>
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: group.visibility === 'open' ? 'groups.actions.leaveBodyOpen' : 'groups.actions.leaveBodyClosed' })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={closeLeave}>
                {intl.formatMessage({ id: 'groups.actions.stay' })}
              </Button>
              <Button
                color="red"
                loading={leave.isPending}
                onClick={() =>
                  leave.mutate(group.id, {
                    onSuccess: () => {
                      closeLeave();
                      notifications.show({ color: 'gray', title: intl.formatMessage({ id: 'groups.actions.leftTitle' }), message: group.name });
                    },
                    onError: fail(intl.formatMessage({ id: 'groups.actions.leaveFailed' })),
                  })
                }
              >
                {intl.formatMessage({ id: 'groups.actions.leaveConfirm' })}
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
        {intl.formatMessage({ id: 'groups.actions.requestPending' })}
      </Button>
    );
  }

  const joinReason = localText(whyNot(actor, 'group.join', subject));
  if (group.standing === 'invited' || group.visibility === 'open') {
    return (
      <Refusable reason={joinReason}>
        <Button
          leftSection={<IconLogin size={16} />}
          disabled={!can(actor, 'group.join', subject)}
          loading={join.isPending}
          onClick={() =>
            join.mutate(group.id, {
              onSuccess: () => notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'groups.actions.joinedTitle' }), message: intl.formatMessage({ id: 'groups.actions.joinedMessage' }, { name: group.name }) }),
              onError: fail(intl.formatMessage({ id: 'groups.actions.joinFailed' })),
            })
          }
        >
          {intl.formatMessage({ id: group.standing === 'invited' ? 'groups.actions.acceptInvitation' : 'groups.actions.join' })}
        </Button>
      </Refusable>
    );
  }

  if (group.visibility === 'by-request') {
    const reason = localText(whyNot(actor, 'group.request', subject));
    return (
      <>
        <Refusable reason={reason}>
          <Button leftSection={<IconSend size={16} />} disabled={!can(actor, 'group.request', subject)} onClick={openAsk}>
            {intl.formatMessage({ id: 'groups.actions.ask' })}
          </Button>
        </Refusable>
        <AskToJoinModal group={group} opened={asking} onClose={closeAsk} />
      </>
    );
  }
  return null;
}

function AskToJoinModal({ group, opened, onClose }: { group: GroupDetail; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
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
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'groups.ask.sentTitle' }), message: intl.formatMessage({ id: 'groups.ask.sentMessage' }, { name: group.name }) });
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={intl.formatMessage({ id: 'groups.ask.title' }, { name: group.name })} centered styles={{ title: { fontWeight: 650 } }}>
      <Stack>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'groups.ask.intro' })}
        </Text>
        <Textarea
          label={intl.formatMessage({ id: 'groups.ask.message' })}
          description={intl.formatMessage({ id: 'groups.ask.optional' })}
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
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button loading={request.isPending} onClick={send}>
            {intl.formatMessage({ id: 'groups.ask.send' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
