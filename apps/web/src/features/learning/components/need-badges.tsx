import { Badge, Tooltip, type MantineSize } from '@mantine/core';
import type { LearningNeedStatus, ProposalStatus } from '@peerhub/contracts';
import { NEED_STATUS, PROPOSAL_STATUS } from '../model/labels';

export function NeedStatusBadge({ status, size = 'sm' }: { status: LearningNeedStatus; size?: MantineSize }) {
  const s = NEED_STATUS[status];
  return (
    <Tooltip label={s.description} withArrow openDelay={300}>
      <Badge color={s.color} variant={status === 'draft' ? 'outline' : 'light'} size={size}>
        {s.label}
      </Badge>
    </Tooltip>
  );
}

export function ProposalStatusBadge({ status, expired }: { status: ProposalStatus; expired: boolean }) {
  const s = status === 'proposed' && expired ? PROPOSAL_STATUS.expired : PROPOSAL_STATUS[status];
  return (
    <Badge color={s.color} variant="light">
      {s.label}
    </Badge>
  );
}
