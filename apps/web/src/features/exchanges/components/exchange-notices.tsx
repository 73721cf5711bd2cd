import { notifications } from '@mantine/notifications';
import type { ServerToClientEvents } from '@peerhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSocket } from '../../../lib/socket';
import { exchangeKeys } from '../api/keys';

const TITLES = { reminder: 'Coming up soon', changed: 'An exchange changed', cancelled: 'An exchange was cancelled' } as const;

/**
 * Listens for `exchange:notice` (a reminder, a change, a cancellation) on the tab's live connection:
 * a notification, and the exchange's queries fetched again. Rendered once, by the app shell.
 */
export function ExchangeNotices() {
  const socket = useSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const onNotice: ServerToClientEvents['exchange:notice'] = (notice) => {
      notifications.show({
        id: `exchange-${notice.exchangeId}-${notice.kind}`,
        color: notice.kind === 'cancelled' ? 'red' : 'peerhub',
        title: TITLES[notice.kind],
        message: notice.kind === 'reminder' ? `${notice.title} starts within a day.` : notice.kind === 'changed' ? `${notice.title}: check the new time.` : `${notice.title} will not take place.`,
        autoClose: 10_000,
      });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.one(notice.exchangeId) });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.lists });
    };
    socket.on('exchange:notice', onNotice);
    return () => {
      socket.off('exchange:notice', onNotice);
    };
  }, [socket, queryClient]);
  return null;
}
