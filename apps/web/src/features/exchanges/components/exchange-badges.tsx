import { Badge } from '@mantine/core';
import type { ExchangeStatus, ExchangeType, RegistrationStatus } from '@peerhub/contracts';
import { MY_STATUS_COLORS, MY_STATUS_NAMES, STATUS_COLORS, STATUS_NAMES, TYPE_NAMES } from '../model/labels';

export function StatusBadge({ status, size = 'sm' }: { status: ExchangeStatus; size?: string }) {
  // Published is the normal state: a quiet outline; the others call for attention.
  return (
    <Badge size={size} variant={status === 'published' ? 'outline' : 'light'} color={STATUS_COLORS[status]}>
      {STATUS_NAMES[status]}
    </Badge>
  );
}

export function MyStatusBadge({ status, size = 'sm' }: { status: RegistrationStatus | null; size?: string }) {
  if (!status) return null;
  return (
    <Badge size={size} variant="dot" color={MY_STATUS_COLORS[status]} aria-label={`My answer: ${MY_STATUS_NAMES[status]}`}>
      {MY_STATUS_NAMES[status]}
    </Badge>
  );
}

export function TypeBadge({ type, size = 'sm' }: { type: ExchangeType; size?: string }) {
  return (
    <Badge size={size} variant="light" color="gray">
      {TYPE_NAMES[type]}
    </Badge>
  );
}

/** On a draft: I was invited (by name or through a linked group) to help find its time. */
export function InvitedBadge({ size = 'sm' }: { size?: string }) {
  return (
    <Badge size={size} variant="light" color="orange">
      Invited
    </Badge>
  );
}
