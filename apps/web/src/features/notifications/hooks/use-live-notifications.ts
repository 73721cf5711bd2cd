import type { NotificationNew, NotificationRead } from '@peerhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSocket } from '../../../lib/socket';
import { applyNotificationRead, notificationKeys } from '../api/notifications-api';

/**
 * Keeps the bell and the centre live: a new notification sets the count and refetches the list;
 * a read in another tab of mine is applied here too. After a reconnect the count is fetched again
 * (events sent while the connection was down are not replayed).
 */
export function useLiveNotifications(onNew: (event: NotificationNew) => void): void {
  const client = useQueryClient();
  const socket = useSocket();
  useEffect(() => {
    if (!socket) return;
    const onNotification = (event: NotificationNew) => {
      client.setQueryData(notificationKeys.unread, { unread: event.unread });
      void client.invalidateQueries({ queryKey: notificationKeys.list });
      onNew(event);
    };
    const onRead = (read: NotificationRead) => applyNotificationRead(client, read);
    const onReconnect = () => void client.invalidateQueries({ queryKey: notificationKeys.all });
    socket.on('notification:new', onNotification);
    socket.on('notification:read', onRead);
    socket.io.on('reconnect', onReconnect);
    return () => {
      socket.off('notification:new', onNotification);
      socket.off('notification:read', onRead);
      socket.io.off('reconnect', onReconnect);
    };
  }, [socket, client, onNew]);
}
