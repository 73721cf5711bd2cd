import { Card } from '@mantine/core';
import { useIntl } from 'react-intl';
import { usePageTitle } from '../../../components/ui/page-header';
import { NotificationList } from '../components/notification-list';

/** The centre as a page, for the phone menu (the header's bell opens the same list in a popover). */
export function NotificationsPage() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage({ id: 'notifications.centre.title' }));
  return (
    <Card withBorder maw={640} padding="lg">
      <NotificationList onNavigate={() => undefined} headingOrder={1} />
    </Card>
  );
}
