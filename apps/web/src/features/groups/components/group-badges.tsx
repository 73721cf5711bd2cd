import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { CountryCode, GroupStanding, GroupVisibility } from '@peerhub/contracts';
import { IconLock, IconMailForward, IconUsers, IconWorld } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Flag, countryName } from '../../../components/ui/country';
import type { MessageId } from '../../../i18n/locale-store';
import { visibility as visibilityOf } from './group-subject';

const VISIBILITY_ICONS = { open: IconWorld, 'by-request': IconMailForward, 'invite-only': IconLock } as const;

export function VisibilityBadge({ visibility }: { visibility: GroupVisibility }) {
  const v = visibilityOf(visibility);
  const Icon = VISIBILITY_ICONS[visibility];
  return (
    <Tooltip label={v.description} withArrow openDelay={200}>
      <Badge variant="light" color={v.color} leftSection={<Icon size={12} aria-hidden />}>
        {v.label}
      </Badge>
    </Tooltip>
  );
}

const STANDING: Record<Exclude<GroupStanding, 'none'>, { labelId: MessageId; color: string }> = {
  member: { labelId: 'groups.standing.member', color: 'peerhub' },
  lead: { labelId: 'groups.standing.lead', color: 'peerhub' },
  requested: { labelId: 'groups.standing.requested', color: 'orange' },
  invited: { labelId: 'groups.standing.invited', color: 'violet' },
};

/** Where I stand with the group; nothing when I have no tie to it. */
export function StandingBadge({ standing }: { standing: GroupStanding }) {
  const intl = useIntl();
  if (standing === 'none') return null;
  const s = STANDING[standing];
  return (
    <Badge variant={standing === 'member' || standing === 'lead' ? 'filled' : 'outline'} color={s.color}>
      {intl.formatMessage({ id: s.labelId })}
    </Badge>
  );
}

export function MemberCount({ count, limit }: { count: number; limit: number | null }) {
  const intl = useIntl();
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      <IconUsers size={16} aria-hidden />
      <Text size="sm">{limit === null ? intl.formatMessage({ id: 'groups.memberCount' }, { count }) : intl.formatMessage({ id: 'groups.memberCountOfLimit' }, { count, limit })}</Text>
    </Group>
  );
}

/** The members' countries as flags only (compact); the names for hover and screen readers. */
export function CountryFlagRow({ countries }: { countries: readonly CountryCode[] }) {
  const intl = useIntl();
  if (countries.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={intl.formatMessage({ id: 'groups.countries.label' }, { names: countries.map((c) => countryName(c)).join(', ') })}>
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
