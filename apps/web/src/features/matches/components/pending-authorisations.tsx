import { Alert, Anchor } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useAuthorisations } from '../api/authorisations';

/** For an authoriser: how many participations wait for their approval, and the way to them. */
export function PendingAuthorisations() {
  const requests = useAuthorisations();
  const pending = (requests.data?.items ?? []).filter((r) => r.status === 'pending').length;
  if (pending === 0) return null;
  return (
    <Alert color="yellow" icon={<IconUserCheck size={18} />} title={pending === 1 ? 'One participation waits for your approval' : `${pending} participations wait for your approval`}>
      People who named you as their authoriser were proposed for matches.{' '}
      <Anchor component={Link} to="/learning/authorisations" inherit fw={600}>
        Review them
      </Anchor>
    </Alert>
  );
}
