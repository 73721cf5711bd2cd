import { Badge, Group } from '@mantine/core';
import type { MatchReason } from '@peerhub/contracts';
import { FACTOR_COLOR, formatPoints } from '../model/labels';

/** Why a suggestion ranks where it does: one chip per reason with the points it adds ("speaks Russian +15"). */
export function ReasonChips({ reasons, label }: { reasons: readonly MatchReason[]; label: string }) {
  return (
    <Group gap={6} component="ul" aria-label={label} className="learning-reasons">
      {reasons.map((r) => (
        <Badge
          key={`${r.factor}-${r.text}`}
          component="li"
          variant="light"
          color={r.points < 0 ? 'red' : FACTOR_COLOR[r.factor]}
          tt="none"
          fw={500}
          size="lg"
          radius="sm"
          styles={{ root: { height: 'auto', minHeight: 26, paddingBlock: 3, whiteSpace: 'normal', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'left' } }}
        >
          {r.text}{' '}
          <strong style={{ whiteSpace: 'nowrap' }}>{formatPoints(r.points)}</strong>
        </Badge>
      ))}
    </Group>
  );
}
