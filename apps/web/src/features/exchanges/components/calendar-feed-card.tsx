import { ActionIcon, Alert, Button, Card, CopyButton, Group, List, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarShare, IconCheck, IconCopy, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useCalendarFeed, useRevokeCalendarFeed, useRotateCalendarFeed } from '../api/calendar-feed';
import { formatDay, useViewerZone } from '../model/time';

/**
 * My personal calendar feed: a secret address calendar apps subscribe to (the exchanges I organise
 * or answered going or maybe). The API says whether it is on and gives its address again.
 */
export function CalendarFeedCard() {
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
        notifications.show({ color: 'peerhub', title: active ? 'New address made' : 'Calendar feed on', message: active ? 'The previous address no longer works.' : 'Copy the address into your calendar app.' });
      },
      onError: fail('The feed was not changed'),
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setOff(true);
        notifications.show({ color: 'gray', title: 'Calendar feed off', message: 'Calendar apps subscribed to it stop receiving your exchanges.' });
      },
      onError: fail('The feed is still on'),
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calendar-feed">
      <Group gap={8} mb="xs" wrap="nowrap">
        <IconCalendarShare size={20} color="var(--mantine-color-peerhub-7)" aria-hidden />
        <Title order={2} fz="lg" id="calendar-feed">
          Subscribe in your calendar
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        A private address with the exchanges you organise or answered Going or Maybe. Your calendar app checks it by itself, so changes and cancellations reach it too.
      </Text>
      {feed.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : active ? (
        <Stack gap="sm">
          {feed.data?.createdAt && (
            <Text size="xs" c="dimmed" role="status">
              On since {formatDay(feed.data.createdAt, zone)}.
            </Text>
          )}
          {url ? (
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label="Your secret feed address" value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? 'Copied' : 'Copy the address'} withArrow>
                    <ActionIcon size={36} variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} aria-label="Copy the feed address">
                      {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          ) : (
            <Text size="sm">The feed is on, but its address can no longer be shown here: make a new one to see it (the old one then stops working).</Text>
          )}
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">Keep it to yourself: anyone with the address sees your exchanges. Make a new one if it leaks.</Text>
          </Alert>
          <List size="sm" spacing={4}>
            <List.Item>
              <strong>Google Calendar:</strong> Other calendars → + → From URL, paste the address.
            </List.Item>
            <List.Item>
              <strong>Outlook:</strong> Add calendar → Subscribe from web, paste the address.
            </List.Item>
            <List.Item>
              <strong>Apple Calendar:</strong> File → New Calendar Subscription, paste the address.
            </List.Item>
          </List>
          <Group gap="sm">
            <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} loading={rotate.isPending} onClick={make}>
              Change the address
            </Button>
            <Button variant="subtle" color="red" size="xs" leftSection={<IconX size={14} />} loading={revoke.isPending} onClick={turnOff}>
              Turn the feed off
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          {off && (
            <Text size="sm" c="dimmed" role="status">
              The feed is off.
            </Text>
          )}
          <Button leftSection={<IconCalendarShare size={16} />} loading={rotate.isPending} onClick={make}>
            Get my feed address
          </Button>
        </Stack>
      )}
    </Card>
  );
}
