import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { OutboxMessage as Message } from '@peerhub/contracts';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDateTime } from '../../../components/ui/labels';
import type { MessageId } from '../../../i18n/locale-store';
import { LinkifiedText } from './linkified-text';

// Message ids, not texts: the kinds are named in the language on screen.
const KIND_LABELS: Record<string, MessageId> = { invitation: 'outbox.kind.invitation', 'password-reset': 'outbox.kind.password-reset' };

export function OutboxMessage({ message }: { message: Message }) {
  const intl = useIntl();
  const kind = KIND_LABELS[message.kind];
  return (
    <Card withBorder padding="lg" component="article" aria-label={message.subject}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={650}>{message.subject}</Text>
          <Badge variant="light" color="gray" style={{ flex: 'none' }} tt="none">
            {kind ? intl.formatMessage({ id: kind }) : message.kind}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="outbox.message.to" values={{ to: <strong>{message.to}</strong> }} /> · <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
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
