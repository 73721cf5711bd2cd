import { Alert, Button, Center, Divider, Drawer, Loader, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Message } from '@peerhub/contracts';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { ChatSnapshot, ConversationStore } from '../model/conversation-store';
import { Composer } from './composer';
import { MessageItem, PendingItem, type MessageActions } from './message-item';

/** A message's replies, beside the conversation (full screen on a phone). */
export function ThreadDrawer({ parent, snapshot, store, actions, canPost, onClose }: { parent: Message | null; snapshot: ChatSnapshot; store: ConversationStore; actions: MessageActions; canPost: string | null; onClose: () => void }) {
  const intl = useIntl();
  const phone = useMediaQuery('(max-width: 48em)');
  const thread = parent ? snapshot.threads[parent.id] : undefined;
  const pending = parent ? snapshot.pending.filter((p) => p.parentId === parent.id) : [];
  const endRef = useRef<HTMLDivElement>(null);
  const count = (thread?.items.length ?? 0) + pending.length;
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);
  const threadActions: MessageActions = { ...actions, onOpenThread: undefined };

  return (
    <Drawer opened={parent !== null} onClose={onClose} position="right" size={phone ? '100%' : 'md'} title={intl.formatMessage({ id: 'chat.thread.title' })} padding="md" closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'chat.thread.close' }) }}>
      {parent && (
        <>
          <ul className="chat-list" aria-label={intl.formatMessage({ id: 'chat.thread.start' })} style={{ margin: '0 -16px' }}>
            <MessageItem message={parent} actions={threadActions} />
          </ul>
          <Divider my="xs" label={intl.formatMessage({ id: 'chat.message.replies' }, { count: parent.replyCount })} labelPosition="left" />
          {thread?.error && (
            <Alert color="red" title={intl.formatMessage({ id: 'chat.thread.loadFailed' })}>
              {thread.error}{' '}
              <Button size="compact-xs" variant="white" color="red" onClick={() => void store.openThread(parent.id)}>
                {intl.formatMessage({ id: 'common.retry' })}
              </Button>
            </Alert>
          )}
          {thread?.hasOlder && (
            <Button variant="subtle" size="compact-sm" onClick={() => void store.loadOlderReplies(parent.id)} loading={thread.loading}>
              {intl.formatMessage({ id: 'chat.thread.loadOlder' })}
            </Button>
          )}
          {thread?.loading && thread.items.length === 0 ? (
            <Center py="md">
              <Loader size="sm" aria-label={intl.formatMessage({ id: 'chat.thread.loading' })} />
            </Center>
          ) : (
            <div role="log" aria-live="polite" aria-relevant="additions" aria-label={intl.formatMessage({ id: 'chat.thread.replies' })} style={{ margin: '0 -16px' }}>
              <ul className="chat-list">
                {thread?.items.map((m) => (
                  <MessageItem key={m.id} message={m} actions={threadActions} />
                ))}
              </ul>
            </div>
          )}
          {pending.length > 0 && (
            <ul className="chat-list" aria-label={intl.formatMessage({ id: 'chat.thread.sending' })} style={{ margin: '0 -16px' }}>
              {pending.map((p) => (
                <PendingItem key={p.clientId} item={p} actions={threadActions} onRetry={() => store.retry(p.clientId)} onDiscard={() => store.discard(p.clientId)} />
              ))}
            </ul>
          )}
          {thread && !thread.loading && thread.items.length === 0 && pending.length === 0 && (
            <Text size="sm" c="dimmed" py="sm">
              {intl.formatMessage({ id: 'chat.thread.empty' })}
            </Text>
          )}
          <div ref={endRef} />
          <div style={{ margin: '8px -16px -16px', position: 'sticky', bottom: -16, background: 'var(--mantine-color-body)' }}>
            <Composer label={intl.formatMessage({ id: 'chat.thread.composerLabel' })} placeholder={intl.formatMessage({ id: 'chat.thread.composerPlaceholder' })} onSend={(body) => store.send(body, parent.id)} disabledReason={canPost} autoFocus />
          </div>
        </>
      )}
    </Drawer>
  );
}
