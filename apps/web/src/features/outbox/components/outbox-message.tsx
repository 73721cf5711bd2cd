import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { OutboxMessage as Message } from '@peerhub/contracts';
import { formatDateTime } from '../../../components/ui/labels';
import { LinkifiedText } from './linkified-text';

const KIND_LABELS: Record<string, string> = { invitation: 'Invitation', 'password-reset': 'Password reset' };

export function OutboxMessage({ message }: { message: Message }) {
  return (
    <Card withBorder padding="lg" component="article" aria-label={message.subject}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={650}>{message.subject}</Text>
          <Badge variant="light" color="gray" style={{ flex: 'none' }} tt="none">
            {KIND_LABELS[message.kind] ?? message.kind}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          To <strong>{message.to}</strong> · <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </Text>
        <Card bg="gray.0" padding="md" radius="sm" mt={6}>
          <div className="mail-text">
            <LinkifiedText text={message.text} />
          </div>
        </Card>
      </Stack>
    </Card>
  );
}
