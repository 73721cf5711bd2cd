import { ActionIcon, Avatar, Badge, Button, Group, Loader, Menu, Text } from '@mantine/core';
import type { Message } from '@peerhub/contracts';
import { IconAlertTriangle, IconDots, IconEdit, IconMessageReply, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useIntl } from 'react-intl';
import { initials } from '../../../components/ui/initials';
import { formatDateTime } from '../../../i18n/format';
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
  const intl = useIntl();
  return <Text className="chat-tombstone">{intl.formatMessage({ id: message.removed ? 'chat.message.removed' : 'chat.message.deleted' })}</Text>;
}

/** One stored message: author, time, body (sanitized markdown), edited mark, reactions, thread, actions. */
export const MessageItem = memo(function MessageItem({ message, actions, highlight }: { message: Message; actions: MessageActions; highlight?: boolean }) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const gone = message.deletedAt !== null || message.removed;
  const canEdit = !gone && actions.canEdit(message);
  const canRemove = !gone && actions.canRemove(message);
  const own = message.author?.id === actions.meId;
  const author = message.author?.name ?? intl.formatMessage({ id: 'chat.message.formerMember' });
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
            <Text size="xs" c="dimmed" title={formatDateTime(message.editedAt)}>
              {intl.formatMessage({ id: 'chat.message.edited' })}
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
            {intl.formatMessage({ id: 'chat.message.replies' }, { count: message.replyCount })}
          </Button>
        )}
      </div>
      {!gone && !editing && (
        <Group gap={2} className="chat-message-actions" data-open={menuOpen ? 'true' : undefined} wrap="nowrap">
          {actions.canReact && <ReactionPicker reactions={message.reactions} meId={actions.meId} onToggle={react} />}
          {actions.onOpenThread && (
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={intl.formatMessage({ id: 'chat.message.replyTo' }, { name: author })} onClick={() => actions.onOpenThread?.(message)}>
              <IconMessageReply size={16} stroke={1.6} />
            </ActionIcon>
          )}
          {(canEdit || canRemove) && (
            <Menu position="bottom-end" withinPortal opened={menuOpen} onChange={setMenuOpen}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={intl.formatMessage({ id: 'chat.message.moreActions' }, { name: author })}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {canEdit && (
                  <Menu.Item leftSection={<IconEdit size={14} />} onClick={() => setEditing(true)}>
                    {intl.formatMessage({ id: 'common.edit' })}
                  </Menu.Item>
                )}
                {canRemove && (
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.onDelete(message)}>
                    {intl.formatMessage({ id: own ? 'common.delete' : 'chat.message.removeAsModerator' })}
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
  const intl = useIntl();
  return (
    <li className="chat-message" data-pending="true" data-client-id={item.clientId} aria-label={intl.formatMessage({ id: item.status === 'failed' ? 'chat.message.notSentLabel' : 'chat.message.sendingLabel' }, { name: actions.meName })}>
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
                {intl.formatMessage({ id: 'chat.message.sending' })}
              </Text>
            </Group>
          ) : (
            <Badge color="red" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} />}>
              {intl.formatMessage({ id: 'chat.message.notSent' })}
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
              {intl.formatMessage({ id: 'chat.message.retry' })}
            </Button>
            <Button size="compact-xs" variant="subtle" color="gray" onClick={onDiscard}>
              {intl.formatMessage({ id: 'chat.message.discard' })}
            </Button>
          </Group>
        )}
      </div>
    </li>
  );
}
