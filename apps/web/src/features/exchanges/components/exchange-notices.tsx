import { notifications } from '@mantine/notifications';
import type { ServerToClientEvents } from '@peerhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t } from '../../../i18n/locale-store';
import { useSocket } from '../../../lib/socket';
import { exchangeKeys } from '../api/keys';


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
        title: t(`exchanges.notice.${notice.kind}Title`),
        message: t(`exchanges.notice.${notice.kind}Message`, { title: notice.title }),
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
