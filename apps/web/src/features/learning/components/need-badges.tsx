import { Badge, Tooltip, type MantineSize } from '@mantine/core';
import type { LearningNeedStatus, ProposalStatus } from '@peerhub/contracts';
import { needStatus, proposalStatus } from '../model/labels';

export function NeedStatusBadge({ status, size = 'sm' }: { status: LearningNeedStatus; size?: MantineSize }) {
  const s = needStatus(status);
  return (
    <Tooltip label={s.description} withArrow openDelay={300}>
      <Badge color={s.color} variant={status === 'draft' ? 'outline' : 'light'} size={size}>
        {s.label}
      </Badge>
    </Tooltip>
  );
}

export function ProposalStatusBadge({ status, expired }: { status: ProposalStatus; expired: boolean }) {
  const s = proposalStatus(status === 'proposed' && expired ? 'expired' : status);
  return (
    <Badge color={s.color} variant="light">
      {s.label}
    </Badge>
  );
}
