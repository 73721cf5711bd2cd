import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { CountryCode, GroupStanding, GroupVisibility } from '@peerhub/contracts';
import { IconLock, IconMailForward, IconUsers, IconWorld } from '@tabler/icons-react';
import { Flag, countryName } from '../../../components/ui/country';
import { VISIBILITY } from './group-subject';

const VISIBILITY_ICONS = { open: IconWorld, 'by-request': IconMailForward, 'invite-only': IconLock } as const;

export function VisibilityBadge({ visibility }: { visibility: GroupVisibility }) {
  const v = VISIBILITY[visibility];
  const Icon = VISIBILITY_ICONS[visibility];
  return (
    <Tooltip label={v.description} withArrow openDelay={200}>
      <Badge variant="light" color={v.color} leftSection={<Icon size={12} aria-hidden />}>
        {v.label}
      </Badge>
    </Tooltip>
  );
}

const STANDING: Record<Exclude<GroupStanding, 'none'>, { label: string; color: string }> = {
  member: { label: 'Member', color: 'peerhub' },
  lead: { label: 'Lead', color: 'peerhub' },
  requested: { label: 'Request pending', color: 'orange' },
  invited: { label: 'Invited', color: 'violet' },
};

/** Where I stand with the group; nothing when I have no tie to it. */
export function StandingBadge({ standing }: { standing: GroupStanding }) {
  if (standing === 'none') return null;
  const s = STANDING[standing];
  return (
    <Badge variant={standing === 'member' || standing === 'lead' ? 'filled' : 'outline'} color={s.color}>
      {s.label}
    </Badge>
  );
}

export function MemberCount({ count, limit }: { count: number; limit: number | null }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      <IconUsers size={16} aria-hidden />
      <Text size="sm">{limit === null ? `${count} ${count === 1 ? 'member' : 'members'}` : `${count} of ${limit} members`}</Text>
    </Group>
  );
}

/** The members' countries as flags only (compact); the names for hover and screen readers. */
export function CountryFlagRow({ countries }: { countries: readonly CountryCode[] }) {
  if (countries.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={`Countries: ${countries.map((c) => countryName(c)).join(', ')}`}>
      {countries.map((c) => (
        <Tooltip key={c} label={countryName(c)} withArrow openDelay={200}>
          <span style={{ display: 'inline-flex' }}>
            <Flag code={c} size={14} />
          </span>
        </Tooltip>
      ))}
    </Group>
  );
}
