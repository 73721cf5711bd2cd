import { ActionIcon, Alert, Button, Card, CopyButton, Group, List, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarShare, IconCheck, IconCopy, IconRefresh, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { useCalendarFeed, useRevokeCalendarFeed, useRotateCalendarFeed } from '../api/calendar-feed';
import { formatDay, useViewerZone } from '../model/time';

/**
 * My personal calendar feed: a secret address calendar apps subscribe to (the exchanges I organise
 * or answered going or maybe). The API says whether it is on and gives its address again.
 */
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

export function CalendarFeedCard() {
  const intl = useIntl();
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const zone = useViewerZone();
  const [off, setOff] = useState(false);
  const active = feed.data?.active ?? false;
  const url = feed.data?.url ?? null;
  const fail = (title: string) => (e: unknown) => notifications.show({ color: 'red', title, message: errorMessage(e) });
  const make = () =>
    rotate.mutate(undefined, {
      onSuccess: () => {
        setOff(false);
        notifications.show({
          color: 'peerhub',
          title: intl.formatMessage({ id: active ? 'exchanges.feed.rotatedTitle' : 'exchanges.feed.onTitle' }),
          message: intl.formatMessage({ id: active ? 'exchanges.feed.rotatedMessage' : 'exchanges.feed.onMessage' }),
        });
      },
      onError: fail(intl.formatMessage({ id: 'exchanges.feed.notChanged' })),
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setOff(true);
        notifications.show({ color: 'gray', title: intl.formatMessage({ id: 'exchanges.feed.offTitle' }), message: intl.formatMessage({ id: 'exchanges.feed.offMessage' }) });
      },
      onError: fail(intl.formatMessage({ id: 'exchanges.feed.stillOn' })),
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calendar-feed">
      <Group gap={8} mb="xs" wrap="nowrap">
        <IconCalendarShare size={20} color="var(--mantine-color-peerhub-7)" aria-hidden />
        <Title order={2} fz="lg" id="calendar-feed">
          {intl.formatMessage({ id: 'exchanges.feed.title' })}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {intl.formatMessage({ id: 'exchanges.feed.intro' })}
      </Text>
      {feed.isPending ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'common.loading' })}
        </Text>
      ) : active ? (
        <Stack gap="sm">
          {feed.data?.createdAt && (
            <Text size="xs" c="dimmed" role="status">
              {intl.formatMessage({ id: 'exchanges.feed.onSince' }, { date: formatDay(feed.data.createdAt, zone) })}
            </Text>
          )}
          {url ? (
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label={intl.formatMessage({ id: 'exchanges.feed.address' })} value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Tooltip label={intl.formatMessage({ id: copied ? 'exchanges.feed.copied' : 'exchanges.feed.copy' })} withArrow>
                    <ActionIcon size={36} variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} aria-label={intl.formatMessage({ id: 'exchanges.feed.copyLabel' })}>
                      {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          ) : (
            <Text size="sm">{intl.formatMessage({ id: 'exchanges.feed.hidden' })}</Text>
          )}
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">{intl.formatMessage({ id: 'exchanges.feed.secret' })}</Text>
          </Alert>
          <List size="sm" spacing={4}>
            <List.Item>
              <FormattedMessage id="exchanges.feed.google" values={{ b: strong }} />
            </List.Item>
            <List.Item>
              <FormattedMessage id="exchanges.feed.outlook" values={{ b: strong }} />
            </List.Item>
            <List.Item>
              <FormattedMessage id="exchanges.feed.apple" values={{ b: strong }} />
            </List.Item>
          </List>
          <Group gap="sm">
            <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} loading={rotate.isPending} onClick={make}>
              {intl.formatMessage({ id: 'exchanges.feed.rotate' })}
            </Button>
            <Button variant="subtle" color="red" size="xs" leftSection={<IconX size={14} />} loading={revoke.isPending} onClick={turnOff}>
              {intl.formatMessage({ id: 'exchanges.feed.turnOff' })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          {off && (
            <Text size="sm" c="dimmed" role="status">
              {intl.formatMessage({ id: 'exchanges.feed.isOff' })}
            </Text>
          )}
          <Button leftSection={<IconCalendarShare size={16} />} loading={rotate.isPending} onClick={make}>
            {intl.formatMessage({ id: 'exchanges.feed.get' })}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
