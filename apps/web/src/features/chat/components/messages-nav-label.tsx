import { Badge } from '@mantine/core';
import type { Message, ReadUpdated } from '@peerhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useSocket } from '../../../lib/socket';
import { applyNewSeq, applyReadUpdate, conversationsQueryOptions, useConversations } from '../api/get-conversations';

/**
 * The total of unread messages across my conversations, live: this tab watches every conversation
 * I may read (again after each reconnect and membership change), so a message anywhere moves it.
 */
export function useUnreadTotal(): number {
  const client = useQueryClient();
  const socket = useSocket();
  const list = useConversations();
  const known = new Set((list.data?.items ?? []).map((c) => c.id)).size;
  useEffect(() => {
    if (!socket) return;
    const watch = () => socket.emit('conversations:watch', {}, () => undefined);
    const onRead = (update: ReadUpdated) => applyReadUpdate(client, update);
    const onMessage = (message: Message) => {
      const listed = client.getQueryData(conversationsQueryOptions().queryKey)?.items.some((c) => c.id === message.conversationId);
      if (listed) applyNewSeq(client, message.conversationId, message.seq, message.createdAt);
      else void client.invalidateQueries({ queryKey: conversationsQueryOptions().queryKey });
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on('membership:changed', watch);
    socket.on('read:updated', onRead);
    socket.on('message:new', onMessage);
    return () => {
      socket.off('connect', watch);
      socket.off('membership:changed', watch);
      socket.off('read:updated', onRead);
      socket.off('message:new', onMessage);
    };
    // A conversation that appears in the list (I registered for an exchange…) is watched too.
  }, [socket, client, known]);
  return (list.data?.items ?? []).reduce((sum, c) => sum + c.unread, 0);
}

/** "Messages" with the unread count, for the main navigation. */
export function MessagesNavLabel() {
  const intl = useIntl();
  const unread = useUnreadTotal();
  const label = intl.formatMessage({ id: 'chat.nav.label' });
  if (unread === 0) return <>{label}</>;
  return (
    <>
      <span className="visually-hidden">{intl.formatMessage({ id: 'chat.nav.unread' }, { count: unread })}</span>
      <span aria-hidden>{label}</span>
      <Badge className="nav-badge" size="sm" circle={unread < 10} color="red" aria-hidden>
        {unread > 99 ? '99+' : unread}
      </Badge>
    </>
  );
}
