import { Badge } from '@mantine/core';
import type { ExchangeStatus, ExchangeType, RegistrationStatus } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { MY_STATUS_COLORS, myStatusName, STATUS_COLORS, statusName, typeName } from '../model/labels';

export function StatusBadge({ status, size = 'sm' }: { status: ExchangeStatus; size?: string }) {
  // Published is the normal state: a quiet outline; the others call for attention.
  return (
    <Badge size={size} variant={status === 'published' ? 'outline' : 'light'} color={STATUS_COLORS[status]}>
      {statusName(status)}
    </Badge>
  );
}

export function MyStatusBadge({ status, size = 'sm' }: { status: RegistrationStatus | null; size?: string }) {
  const intl = useIntl();
  if (!status) return null;
  return (
    <Badge size={size} variant="dot" color={MY_STATUS_COLORS[status]} aria-label={intl.formatMessage({ id: 'exchanges.badge.myAnswer' }, { answer: myStatusName(status) })}>
      {myStatusName(status)}
    </Badge>
  );
}

export function TypeBadge({ type, size = 'sm' }: { type: ExchangeType; size?: string }) {
  return (
    <Badge size={size} variant="light" color="gray">
      {typeName(type)}
    </Badge>
  );
}

/** On a draft: I was invited (by name or through a linked group) to help find its time. */
export function InvitedBadge({ size = 'sm' }: { size?: string }) {
  const intl = useIntl();
  return (
    <Badge size={size} variant="light" color="orange">
      {intl.formatMessage({ id: 'exchanges.badge.invited' })}
    </Badge>
  );
}
