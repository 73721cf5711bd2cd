import { ActionIcon, Avatar, Badge, Button, Group, Loader, Menu, Text } from '@mantine/core';
import type { Message } from '@peerhub/contracts';
import { IconAlertTriangle, IconDots, IconEdit, IconMessageReply, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { initials } from '../../../components/ui/initials';
import type { PendingMessage } from '../model/conversation-store';
import { MessageBody } from './message-body';
import { MessageEditor } from './message-editor';
import { MessageTime } from './message-time';
import { ReactionPicker, Reactions } from './reactions';

/** What a message may do, decided once by the panel (policies from @peerhub/domain). */
export interface MessageActions {
  meId: string;
  meName: string;
  timeZone: string | null;
  canEdit: (m: Message) => boolean;
  canRemove: (m: Message) => boolean;
  canReact: boolean;
  /** Absent inside a thread (replies have no replies). */
  onOpenThread?: (m: Message) => void;
  onEdit: (m: Message, body: string) => Promise<boolean>;
  onDelete: (m: Message) => void;
  onReact: (m: Message, emoji: string, on: boolean) => void;
}

function Tombstone({ message }: { message: Message }) {
  return <Text className="chat-tombstone">{message.removed ? 'Message removed by a moderator' : 'Message deleted'}</Text>;
}

/** One stored message: author, time, body (sanitized markdown), edited mark, reactions, thread, actions. */
export const MessageItem = memo(function MessageItem({ message, actions, highlight }: { message: Message; actions: MessageActions; highlight?: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const gone = message.deletedAt !== null || message.removed;
  const canEdit = !gone && actions.canEdit(message);
  const canRemove = !gone && actions.canRemove(message);
  const own = message.author?.id === actions.meId;
  const author = message.author?.name ?? 'Former member';
  const react = (emoji: string, on: boolean) => actions.onReact(message, emoji, on);

  return (
    <li className="chat-message" data-seq={message.seq} data-message-id={message.id} data-highlight={highlight ? 'true' : undefined} aria-label={`${author}`}>
      <Avatar color="peerhub" radius="xl" size={32} mt={2} aria-hidden>
        {initials(author)}
      </Avatar>
      <div className="chat-message-main">
        <Group gap={8} wrap="wrap" align="baseline">
          <Text size="sm" fw={650}>
            {author}
          </Text>
          <MessageTime iso={message.createdAt} zone={actions.timeZone} />
          {message.editedAt && !gone && (
            <Text size="xs" c="dimmed" title={new Date(message.editedAt).toLocaleString()}>
              (edited)
            </Text>
          )}
        </Group>
        {gone ? (
          <Tombstone message={message} />
        ) : editing ? (
          <MessageEditor
            initial={message.body}
            saving={saving}
            onCancel={() => setEditing(false)}
            onSave={(body) => {
              setSaving(true);
              void actions.onEdit(message, body).then((ok) => {
                setSaving(false);
                if (ok) setEditing(false);
              });
            }}
          />
        ) : (
          <MessageBody body={message.body} viewerId={actions.meId} />
        )}
        {!gone && <Reactions reactions={message.reactions} meId={actions.meId} onToggle={react} disabled={!actions.canReact} />}
        {actions.onOpenThread && message.replyCount > 0 && (
          <Button variant="subtle" size="compact-xs" mt={4} leftSection={<IconMessageReply size={14} />} onClick={() => actions.onOpenThread?.(message)}>
            {message.replyCount} {message.replyCount === 1 ? 'reply' : 'replies'}
          </Button>
        )}
      </div>
      {!gone && !editing && (
        <Group gap={2} className="chat-message-actions" data-open={menuOpen ? 'true' : undefined} wrap="nowrap">
          {actions.canReact && <ReactionPicker reactions={message.reactions} meId={actions.meId} onToggle={react} />}
          {actions.onOpenThread && (
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Reply in thread to ${author}`} onClick={() => actions.onOpenThread?.(message)}>
              <IconMessageReply size={16} stroke={1.6} />
            </ActionIcon>
          )}
          {(canEdit || canRemove) && (
            <Menu position="bottom-end" withinPortal opened={menuOpen} onChange={setMenuOpen}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`More actions for the message of ${author}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {canEdit && (
                  <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
                    Edit
                  </Menu.Item>
                )}
                {canRemove && (
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.onDelete(message)}>
                    {own ? 'Delete' : 'Remove as moderator'}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
    </li>
  );
});

/** A message of mine not yet stored: "sending…", or failed with the reason, Retry and Discard. */
export function PendingItem({ item, actions, onRetry, onDiscard }: { item: PendingMessage; actions: MessageActions; onRetry: () => void; onDiscard: () => void }) {
  return (
    <li className="chat-message" data-pending="true" data-client-id={item.clientId} aria-label={`${actions.meName}, ${item.status === 'failed' ? 'not sent' : 'sending'}`}>
      <Avatar color="peerhub" radius="xl" size={32} mt={2} aria-hidden>
        {initials(actions.meName)}
      </Avatar>
      <div className="chat-message-main">
        <Group gap={8} wrap="wrap" align="baseline">
          <Text size="sm" fw={650}>
            {actions.meName}
          </Text>
          {item.status === 'sending' ? (
            <Group gap={4} wrap="nowrap">
              <Loader size={10} type="dots" aria-hidden />
              <Text size="xs" c="dimmed">
                sending…
              </Text>
            </Group>
          ) : (
            <Badge color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} />}>
              Not sent
            </Badge>
          )}
        </Group>
        <MessageBody body={item.body} viewerId={actions.meId} />
        {item.status === 'failed' && (
          <Group gap="xs" mt={4} wrap="wrap">
            <Text size="xs" c="red.8">
              {item.error}
            </Text>
            <Button size="compact-xs" variant="light" onClick={onRetry}>
              Retry
            </Button>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onDiscard}>
              Discard
            </Button>
          </Group>
        )}
      </div>
    </li>
  );
}
