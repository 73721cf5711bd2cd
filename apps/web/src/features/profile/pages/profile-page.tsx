import { Anchor, Box } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useMe } from '../../../lib/session';
import { AuthoriserCard } from '../../matches';
import { ProfileForm } from '../components/profile-form';

export function ProfilePage() {
  const intl = useIntl();
  const me = useMe();
  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'profile.page.title' })}
        documentTitle={intl.formatMessage({ id: 'profile.page.title' })}
        title={me.name}
        description={
          <FormattedMessage
            id="profile.page.description"
            values={{
              email: me.email,
              link: (chunks) => (
                <Anchor component={Link} to={`/people/${me.id}`} inherit>
                  {chunks}
                </Anchor>
              ),
            }}
          />
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
