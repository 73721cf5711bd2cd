import { NativeSelect } from '@mantine/core';
import type { ConversationNotificationLevel } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { useConversationLevel, useSetConversationLevel } from '../api/notifications-api';

/** In a conversation's header: what I hear of it (every message, mentions and replies, or nothing). */
export function ConversationLevelSelect({ conversationId }: { conversationId: string }) {
  const intl = useIntl();
  const level = useConversationLevel(conversationId);
  const set = useSetConversationLevel(conversationId);
  const levels: ConversationNotificationLevel[] = ['all', 'mentions', 'muted'];
  return (
    // A native select: three choices, fully keyboard- and screen-reader-friendly as it is.
    <NativeSelect
      label={intl.formatMessage({ id: 'notifications.level.label' })}
      data={levels.map((l) => ({ value: l, label: intl.formatMessage({ id: `notifications.level.${l}` as const }) }))}
      value={level.data?.level ?? 'mentions'}
      disabled={!level.data || set.isPending}
      onChange={(event) => set.mutate(event.currentTarget.value as ConversationNotificationLevel)}
      size="xs"
      w={220}
    />
  );
}
