import { notifications } from '@mantine/notifications';
import type { ExchangeRegistrationsChanged } from '@peerhub/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { t } from '../../../i18n/locale-store';
import { useSocket } from '../../../lib/socket';
import { exchangeKeys } from '../api/keys';

// Built when a change arrives, in the language on screen.
const aboutMe = (reason: 'promoted' | 'approved' | 'refused') =>
  ({
    promoted: { color: 'green', title: t('exchanges.live.promotedTitle'), message: t('exchanges.live.promotedMessage') },
    approved: { color: 'green', title: t('exchanges.live.approvedTitle'), message: t('exchanges.live.approvedMessage') },
    refused: { color: 'gray', title: t('exchanges.live.refusedTitle'), message: t('exchanges.live.refusedMessage') },
  })[reason];

/**
 * While an exchange's page is open, its registrations stay live: the page watches the exchange
 * (`exchange:watch`, again after every reconnect, since rooms do not survive one) and refetches
 * the exchange and its participants when someone registers, declines, is promoted or approved.
 */
export function useExchangeLive(exchangeId: string, meId: string) {
  const socket = useSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const refresh = () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: exchangeKeys.one(exchangeId) }), queryClient.invalidateQueries({ queryKey: exchangeKeys.lists })]);
    let reconnected = false;
    const watch = () => {
      socket.emit('exchange:watch', { exchangeId }, (result) => {
        // Whatever changed while the connection was down is fetched once the room is joined again.
        if (result.ok && reconnected) void refresh();
        reconnected = true;
      });
    };
    const onChange = (event: ExchangeRegistrationsChanged) => {
      if (event.exchangeId !== exchangeId) return;
      void refresh();
      for (const change of event.changes) {
        if (change.personId !== meId || change.reason === 'answered') continue;
        const note = change.reason === 'approved' && change.status === 'waitlisted' ? { color: 'peerhub', title: t('exchanges.live.approvedTitle'), message: t('exchanges.live.approvedWaitlistedMessage') } : aboutMe(change.reason);
        notifications.show({ id: `exchange-${exchangeId}-${change.reason}`, autoClose: 10_000, ...note });
      }
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on('exchange:registrations', onChange);
    return () => {
      socket.off('connect', watch);
      socket.off('exchange:registrations', onChange);
      if (socket.connected) socket.emit('exchange:unwatch', { exchangeId }, () => undefined);
    };
  }, [socket, queryClient, exchangeId, meId]);
}
