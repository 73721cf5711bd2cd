import { Alert, Anchor } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAuthorisations } from '../api/authorisations';

/** For an authoriser: how many participations wait for their approval, and the way to them. */
export function PendingAuthorisations() {
  const intl = useIntl();
  const requests = useAuthorisations();
  const pending = (requests.data?.items ?? []).filter((r) => r.status === 'pending').length;
  if (pending === 0) return null;
  return (
    <Alert color="yellow" icon={<IconUserCheck size={18} />} title={intl.formatMessage({ id: 'matches.pending.title' }, { count: pending })}>
      {intl.formatMessage({ id: 'matches.pending.body' })}{' '}
      <Anchor component={Link} to="/learning/authorisations" inherit fw={600}>
        {intl.formatMessage({ id: 'matches.pending.review' })}
      </Anchor>
    </Alert>
  );
}
