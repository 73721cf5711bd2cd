import type { Notification, NotificationDelivery, NotificationKind } from '@peerhub/contracts';
import type { IntlShape } from 'react-intl';
import { formatDateTime } from '../../../i18n/format';

/** One line saying what happened, in the page's language. */
export function notificationText(intl: IntlShape, n: Notification): string {
  return intl.formatMessage(
    { id: `notifications.item.${n.kind}` as const },
    {
      actor: n.actor?.name ?? '',
      title: n.title,
      decision: n.params.decision ?? '',
      what: n.params.what ?? 'proposed',
      startsAt: n.params.startsAt ? formatDateTime(n.params.startsAt) : '',
    },
  );
}

export const kindName = (intl: IntlShape, kind: NotificationKind) => intl.formatMessage({ id: `notifications.kind.${kind}` as const });
export const deliveryName = (intl: IntlShape, delivery: NotificationDelivery) => intl.formatMessage({ id: `notifications.delivery.${delivery}` as const });
