import { ActionIcon, Badge, Box, Popover } from '@mantine/core';
import type { NotificationNew } from '@peerhub/contracts';
import { IconBell } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import { useUnreadNotifications } from '../api/notifications-api';
import { useLiveNotifications } from '../hooks/use-live-notifications';
import { NotificationList } from './notification-list';
import { notificationText } from './notification-text';

/**
 * The bell in the header: its name carries the unread count ("Notifications, 3 unread"), it opens
 * the centre, and a new notification is announced politely once (the list is not read again).
 */
export function NotificationBell() {
  const intl = useIntl();
  const [opened, setOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const unread = useUnreadNotifications().data?.unread ?? 0;
  const onNew = useCallback(
    (event: NotificationNew) => setAnnouncement(intl.formatMessage({ id: 'notifications.centre.announce' }, { text: notificationText(intl, event.notification) })),
    [intl],
  );
  useLiveNotifications(onNew);

  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" trapFocus returnFocus withinPortal>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            pos="relative"
            aria-label={intl.formatMessage({ id: 'notifications.bell.label' }, { count: unread })}
            aria-expanded={opened}
            aria-haspopup="dialog"
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={20} stroke={1.7} aria-hidden />
            {unread > 0 && (
              <Badge size="xs" circle={unread < 10} color="red" pos="absolute" top={-2} right={-4} aria-hidden>
                {unread > 99 ? '99+' : unread}
              </Badge>
            )}
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={intl.formatMessage({ id: 'notifications.centre.title' })}>
          {opened && <NotificationList onNavigate={() => setOpened(false)} />}
        </Popover.Dropdown>
      </Popover>
      <Box className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </Box>
    </>
  );
}
