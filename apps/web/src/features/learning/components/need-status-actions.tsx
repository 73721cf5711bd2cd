import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { LearningNeed } from '@peerhub/contracts';
import { IconArrowBackUp, IconChevronDown, IconEdit, IconLock, IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useSetLearningNeedStatus } from '../api/set-learning-need-status';

type Target = 'open' | 'draft' | 'closed';

const DONE: Record<Target, { title: string; message: string }> = {
  open: { title: 'Learning need posted', message: 'The alliance coordinators will look for peers to match.' },
  draft: { title: 'Back to draft', message: 'The coordinators no longer match it until you post it again.' },
  closed: { title: 'Learning need closed', message: 'No new matches will be proposed for it.' },
};

/** Edit, post, take back to draft, close: what the need's status allows (for whoever may edit it). */
export function NeedStatusActions({ need }: { need: LearningNeed }) {
  const setStatus = useSetLearningNeedStatus();
  const [closing, { open: openClose, close: closeClose }] = useDisclosure(false);
  const change = (status: Target) =>
    setStatus.mutate(
      { id: need.id, body: { status } },
      {
        onSuccess: () => {
          closeClose();
          notifications.show({ color: status === 'closed' ? 'gray' : 'peerhub', ...DONE[status] });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(e) }),
      },
    );
  if (need.status === 'closed') return null;
  const pending = (status: Target) => setStatus.isPending && setStatus.variables.body.status === status;
  return (
    <>
      {need.status === 'draft' && (
        <Button leftSection={<IconSend size={16} />} loading={pending('open')} onClick={() => change('open')}>
          Post it
        </Button>
      )}
      <Button component={Link} to={`/learning/${need.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
        Edit
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {need.status === 'open' && (
            <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => change('draft')}>
              Back to draft
            </Menu.Item>
          )}
          <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={openClose}>
            Close the need
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={closing} onClose={closeClose} title={`Close “${need.title}”?`} centered styles={{ title: { fontWeight: 650 } }}>
        <Stack>
          <Text size="sm" c="dimmed">
            No new matches are proposed for a closed need and it can no longer be edited. Peer groups and exchanges already opened for it stay as they are.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeClose}>
              Keep it open
            </Button>
            <Button color="red" loading={pending('closed')} onClick={() => change('closed')}>
              Close the need
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
