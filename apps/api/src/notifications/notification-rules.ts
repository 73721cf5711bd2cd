import type { ConversationNotificationLevel, NotificationKind } from '@peerhub/contracts';

/**
 * Whether a person hears of a conversation event at their level for it. Muted: nothing. Mentions
 * (the default): mentions, replies to them and direct messages. All: also every other message.
 */
export function hearsInConversation(kind: NotificationKind, level: ConversationNotificationLevel | null): boolean {
  if (level === 'muted') return false;
  if (kind === 'conversation-message') return level === 'all';
  return true;
}

/** A message's first words for a notification: mentions as @Name, one line, at most 140 characters. */
export function excerptOf(body: string): string {
  const plain = body.replace(/@\[([^\]]{1,120})\]\([0-9a-f-]{36}\)/gi, '@$1').replace(/\s+/g, ' ').trim();
  return plain.length > 140 ? `${plain.slice(0, 139)}…` : plain;
}
