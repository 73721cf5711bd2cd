import { Alert, Card, Loader, Select, Table, Text } from '@mantine/core';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/api-client';
import { useNotificationPreferences, useUpdateNotificationPreferences } from '../api/notifications-api';
import { deliveryName, kindName } from '../components/notification-text';

/** /settings/notifications: one row per kind, each with how the person hears of it. Saved on change. */
export function NotificationSettingsPage() {
  const intl = useIntl();
  const prefs = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const options = NOTIFICATION_DELIVERIES.map((d) => ({ value: d, label: deliveryName(intl, d) }));
  const title = intl.formatMessage({ id: 'notifications.settings.title' });

  return (
    <>
      <PageHeader eyebrow={intl.formatMessage({ id: 'notifications.centre.title' })} title={title} description={intl.formatMessage({ id: 'notifications.settings.description' })} />
      {update.isError && (
        <Alert color="red" mb="md" role="alert">
          {errorMessage(update.error)}
        </Alert>
      )}
      <Card withBorder padding={0} maw={720}>
        {prefs.isPending ? (
          <Loader m="lg" size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />
        ) : prefs.isError ? (
          <Text p="lg">{errorMessage(prefs.error)}</Text>
        ) : (
          <Table verticalSpacing="sm" horizontalSpacing="lg">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{intl.formatMessage({ id: 'notifications.settings.kindColumn' })}</Table.Th>
                <Table.Th scope="col">{intl.formatMessage({ id: 'notifications.settings.deliveryColumn' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {NOTIFICATION_KINDS.map((kind) => (
                <Table.Tr key={kind}>
                  <Table.Th scope="row" fw={500}>
                    {kindName(intl, kind)}
                  </Table.Th>
                  <Table.Td>
                    <Select
                      aria-label={intl.formatMessage({ id: 'notifications.settings.deliveryFor' }, { kind: kindName(intl, kind) })}
                      data={options}
                      value={prefs.data.kinds[kind]}
                      allowDeselect={false}
                      onChange={(value) => value && update.mutate({ kinds: { [kind]: value as NotificationDelivery } })}
                      w={220}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
