import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { LearningNeed } from '@peerhub/contracts';
import { IconArrowBackUp, IconChevronDown, IconEdit, IconLock, IconSend } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useSetLearningNeedStatus } from '../api/set-learning-need-status';

type Target = 'open' | 'draft' | 'closed';

// Built when shown, in the language on screen.
const done = (target: Target): { title: string; message: string } =>
  ({
    open: { title: t('learning.form.posted'), message: t('learning.form.postedMessage') },
    draft: { title: t('learning.status.backToDraft'), message: t('learning.status.backToDraft.message') },
    closed: { title: t('learning.status.closed'), message: t('learning.status.closed.message') },
  })[target];

/** Edit, post, take back to draft, close: what the need's status allows (for whoever may edit it). */
export function NeedStatusActions({ need }: { need: LearningNeed }) {
  const intl = useIntl();
  const setStatus = useSetLearningNeedStatus();
  const [closing, { open: openClose, close: closeClose }] = useDisclosure(false);
  const change = (status: Target) =>
    setStatus.mutate(
      { id: need.id, body: { status } },
      {
        onSuccess: () => {
          closeClose();
          notifications.show({ color: status === 'closed' ? 'gray' : 'peerhub', ...done(status) });
        },
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'learning.status.notChanged' }), message: errorMessage(e) }),
      },
    );
  if (need.status === 'closed') return null;
  const pending = (status: Target) => setStatus.isPending && setStatus.variables.body.status === status;
  return (
    <>
      {need.status === 'draft' && (
        <Button leftSection={<IconSend size={16} />} loading={pending('open')} onClick={() => change('open')}>
          {intl.formatMessage({ id: 'learning.status.post' })}
        </Button>
      )}
      <Button component={Link} to={`/learning/${need.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>
        {intl.formatMessage({ id: 'common.edit' })}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            {intl.formatMessage({ id: 'learning.status.more' })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {need.status === 'open' && (
            <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => change('draft')}>
              {intl.formatMessage({ id: 'learning.status.backToDraft' })}
            </Menu.Item>
          )}
          <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={openClose}>
            {intl.formatMessage({ id: 'learning.status.close' })}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={closing} onClose={closeClose} title={intl.formatMessage({ id: 'learning.status.close.title' }, { title: need.title })} centered styles={{ title: { fontWeight: 650 } }}>
        <Stack>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'learning.status.close.body' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeClose}>
              {intl.formatMessage({ id: 'learning.status.keepOpen' })}
            </Button>
            <Button color="red" loading={pending('closed')} onClick={() => change('closed')}>
              {intl.formatMessage({ id: 'learning.status.close' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
