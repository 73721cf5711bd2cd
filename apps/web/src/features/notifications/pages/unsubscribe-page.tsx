import { Alert, Anchor, Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { unsubscribeTokenKinds } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { Logo } from '../../../components/ui/logo';
import { usePageTitle } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/api-client';
import { useUnsubscribe } from '../api/notifications-api';
import { kindName } from '../components/notification-text';

/**
 * /unsubscribe?token=…: the link in every notification mail. It asks before it acts (mail
 * scanners follow links; only a person presses the button); mail clients use the one-click POST.
 */
export function UnsubscribePage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const kinds = unsubscribeTokenKinds(token);
  const unsubscribe = useUnsubscribe();
  const title = intl.formatMessage({ id: 'notifications.unsubscribe.title' });
  usePageTitle(title);
  const names = intl.formatList(kinds.map((k) => kindName(intl, k)), { type: 'conjunction' });

  return (
    <Center mih="100dvh" p="md">
      <Card withBorder padding="xl" maw={480} w="100%" component="main">
        <Stack gap="md">
          <Logo />
          <Title order={1} fz={24}>
            {title}
          </Title>
          {kinds.length === 0 ? (
            <Alert color="red">{intl.formatMessage({ id: 'notifications.unsubscribe.invalid' })}</Alert>
          ) : unsubscribe.isSuccess ? (
            <Alert color="green" role="status">
              {intl.formatMessage({ id: 'notifications.unsubscribe.done' }, { kinds: names })}
            </Alert>
          ) : (
            <>
              <Text>{intl.formatMessage({ id: 'notifications.unsubscribe.confirm' }, { kinds: names })}</Text>
              {unsubscribe.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(unsubscribe.error)}
                </Alert>
              )}
              <Button onClick={() => unsubscribe.mutate(token)} loading={unsubscribe.isPending}>
                {intl.formatMessage({ id: 'notifications.unsubscribe.button' })}
              </Button>
            </>
          )}
          <Anchor component={Link} to="/settings/notifications" size="sm">
            {intl.formatMessage({ id: 'notifications.centre.settings' })}
          </Anchor>
        </Stack>
      </Card>
    </Center>
  );
}
