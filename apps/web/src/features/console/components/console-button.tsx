import { Button } from '@mantine/core';
import { can } from '@peerhub/domain';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useActor } from '../../../lib/session';
import { usePendingRequests } from '../api/get-pending-requests';

/** The way into an alliance's console, for those who run it; shows how many requests wait. */
export function ConsoleButton({ allianceId }: { allianceId: string }) {
  const actor = useActor();
  if (!can(actor, 'alliance.manage-members', { allianceId })) return null;
  return <ConsoleLink allianceId={allianceId} />;
}

function ConsoleLink({ allianceId }: { allianceId: string }) {
  const requests = usePendingRequests(allianceId);
  const pending = requests.data?.items.length ?? 0;
  const intl = useIntl();
  return (
    <Button component={Link} to={`/alliances/${allianceId}/console`} variant="light" leftSection={<IconLayoutDashboard size={16} />}>
      {pending > 0 ? intl.formatMessage({ id: 'console.button.labelWithCount' }, { count: pending }) : intl.formatMessage({ id: 'console.button.label' })}
    </Button>
  );
}
