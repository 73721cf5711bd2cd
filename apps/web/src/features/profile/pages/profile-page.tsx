import { Anchor, Box } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../lib/session';
import { AuthoriserCard } from '../../matches';
import { ProfileForm } from '../components/profile-form';

export function ProfilePage() {
  const me = useMe();
  const intl = useIntl();
  return (
    <>
      <PageHeader
        eyebrow="My profile"
        documentTitle="My profile"
        title={me.name}
        description={
          <>
            Signed in as {me.email}. This is what peers in your alliances see in the{' '}
            <Anchor component={Link} to={`/people/${me.id}`} inherit>
              directory
            </Anchor>
            .
          </>
        }
      />
      <ProfileForm me={me} />
      <Box mt="lg">
        <Anchor component={Link} to="/settings/notifications">
          {intl.formatMessage({ id: 'notifications.centre.settings' })}
        </Anchor>
      </Box>
      <Box mt="lg">
        <AuthoriserCard />
      </Box>
    </>
  );
}
