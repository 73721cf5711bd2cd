import { Anchor, Box, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Notification } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications-api';
import { notificationText } from './notification-text';

/**
 * The centre's list, newest first. Each notification is a link to its page (so the list is a
 * run of links for the keyboard, Tab and Enter); following it marks it read.
 */
export function NotificationList({ onNavigate, headingOrder = 2 }: { onNavigate: () => void; headingOrder?: 1 | 2 }) {
  const intl = useIntl();
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  const open = (n: Notification) => {
    if (n.readAt === null) markRead.mutate(n.id);
    onNavigate();
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={700} component={headingOrder === 1 ? 'h1' : 'h2'} size={headingOrder === 1 ? 'xl' : 'md'} m={0}>
          {intl.formatMessage({ id: 'notifications.centre.title' })}
        </Text>
        <Button variant="subtle" size="compact-sm" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
          {intl.formatMessage({ id: 'notifications.centre.markAll' })}
        </Button>
      </Group>
      {list.isPending ? (
        <Group justify="center" py="md">
          <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />
        </Group>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          {intl.formatMessage({ id: 'notifications.centre.empty' })}
        </Text>
      ) : (
        <Box component="ul" className="notification-list" m={0} p={0} style={{ listStyle: 'none', maxHeight: headingOrder === 1 ? undefined : 420, overflowY: 'auto' }}>
          {items.map((n) => (
            <li key={n.id}>
              <UnstyledButton component={Link} to={n.link} onClick={() => open(n)} className="notification-item" data-unread={n.readAt === null || undefined} p="xs" w="100%" style={{ display: 'block', borderRadius: 6 }}>
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <Box
                    aria-hidden
                    mt={6}
                    style={{ width: 8, height: 8, flex: '0 0 8px', borderRadius: 4, background: n.readAt === null ? 'var(--mantine-color-peerhub-6)' : 'transparent' }}
                  />
                  <Box style={{ minWidth: 0 }}>
                    {n.readAt === null && <span className="visually-hidden">{intl.formatMessage({ id: 'notifications.centre.unread' })}: </span>}
                    <Text size="sm" fw={n.readAt === null ? 600 : 400} lineClamp={2}>
                      {notificationText(intl, n)}
                    </Text>
                    {n.params.excerpt && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {n.params.excerpt}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {intl.formatRelativeTime(...relative(n.createdAt), { numeric: 'auto' })}
                    </Text>
                  </Box>
                </Group>
              </UnstyledButton>
            </li>
          ))}
        </Box>
      )}
      {list.hasNextPage && (
        <Button variant="default" size="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {intl.formatMessage({ id: 'notifications.centre.loadMore' })}
        </Button>
      )}
      <Anchor component={Link} to="/settings/notifications" size="sm" onClick={onNavigate}>
        {intl.formatMessage({ id: 'notifications.centre.settings' })}
      </Anchor>
    </Stack>
  );
}

/** "5 minutes ago", "2 days ago": the largest unit that fits. */
function relative(iso: string): [number, Intl.RelativeTimeFormatUnit] {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return [seconds, 'second'];
  if (abs < 3600) return [Math.round(seconds / 60), 'minute'];
  if (abs < 86_400) return [Math.round(seconds / 3600), 'hour'];
  return [Math.round(seconds / 86_400), 'day'];
}
