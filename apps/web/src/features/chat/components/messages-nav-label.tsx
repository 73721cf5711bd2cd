import { Badge } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSocket } from '../../../lib/socket';
import { applyReadUpdate, useConversations } from '../api/get-conversations';

/** The total of unread messages across my conversations (read positions from every tab move it). */
export function useUnreadTotal(): number {
  const client = useQueryClient();
  const socket = useSocket();
  const list = useConversations();
  useEffect(() => {
    if (!socket) return;
    const onRead = (update: Parameters<typeof applyReadUpdate>[1]) => applyReadUpdate(client, update);
    socket.on('read:updated', onRead);
    return () => {
      socket.off('read:updated', onRead);
    };
  }, [socket, client]);
  return (list.data?.items ?? []).reduce((sum, c) => sum + c.unread, 0);
}

/** "Messages" with the unread count, for the main navigation. */
export function MessagesNavLabel() {
  const unread = useUnreadTotal();
  if (unread === 0) return <>Messages</>;
  return (
    <>
      <span className="visually-hidden">Messages, {unread} unread</span>
      <span aria-hidden>Messages</span>
      <Badge className="nav-badge" size="sm" circle={unread < 10} color="red" aria-hidden>
        {unread > 99 ? '99+' : unread}
      </Badge>
    </>
  );
}
