import { Alert, Button, Center, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Message } from '@peerhub/contracts';
import { can, whyNot, type ConversationSubject } from '@peerhub/domain';
import { IconArrowDown, IconArrowUp, IconLock, IconMessages, IconWifiOff } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../../components/ui/empty-state';
import { t } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useSocketConnected } from '../../../lib/socket';
import { useConversationGroup } from '../api/get-conversation-group';
import { useConversationSummary } from '../api/get-conversations';
import { deleteMessage, editMessage, setReaction } from '../api/message-actions';
import '../chat.css';
import type { ConversationStore } from '../model/conversation-store';
import { useConversationStore } from '../model/use-conversation-store';
import { Composer } from './composer';
import { MessageItem, PendingItem, type MessageActions } from './message-item';
import { ThreadDrawer } from './thread-drawer';
import { localText } from '../../../i18n/outside-texts';

const NEAR_BOTTOM_PX = 80;
const nearBottom = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;

function typingText(names: string[]): string {
  const first = names.map((n) => n.split(' ')[0] ?? n);
  if (first.length === 0) return '';
  if (first.length === 1) return t('chat.panel.typingOne', { name: first[0] ?? '' });
  if (first.length === 2) return t('chat.panel.typingTwo', { first: first[0] ?? '', second: first[1] ?? '' });
  return t('chat.panel.typingMany');
}

/** The offline banner waits a moment, so a page load or a quick reconnection does not flash it. */
function useDelayedFlag(flag: boolean, ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => {
      clearTimeout(timer);
      setElapsed(false);
    };
  }, [flag, ms]);
  return flag && elapsed;
}

/**
 * The live discussion of one conversation: history with infinite scroll upward, live messages,
 * the outbox, threads, reactions, typing and read positions. Embeddable (the group page) and used
 * full-page by /conversations/:conversationId.
 */
export function ConversationPanel({ conversationId, height = 560 }: { conversationId: string; height?: number | string }) {
  return <LivePanel key={conversationId} conversationId={conversationId} height={height} />;
}

function LivePanel({ conversationId, height }: { conversationId: string; height: number | string }) {
  const intl = useIntl();
  const { store, snapshot } = useConversationStore(conversationId);
  const me = useMe();
  const actor = useActor();
  const connected = useSocketConnected();
  const summary = useConversationSummary(conversationId).data ?? null;
  const group = useConversationGroup(summary && summary.kind !== 'direct' ? summary.groupId : null).data ?? null;

  // Where I stand with the conversation, for the policies (the API applies the same ones).
  const subject = useMemo((): ConversationSubject | null => {
    if (!summary) return null;
    if (summary.kind === 'direct') return { kind: 'direct', allianceId: null, participant: true, lead: false, archived: false };
    if (!group) return null;
    return { kind: summary.kind, allianceId: group.allianceId, participant: group.standing === 'member' || group.standing === 'lead', lead: group.standing === 'lead', archived: group.status === 'archived' };
  }, [summary, group]);
  const postRefusal = subject && !can(actor, 'conversation.post', subject) ? (localText(whyNot(actor, 'conversation.post', subject)) ?? intl.formatMessage({ id: 'chat.panel.cannotPost' })) : null;

  const [threadParentId, setThreadParentId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Message | null>(null);
  const [deleting, setDeleting] = useState(false);

  const actions = useMemo(
    (): MessageActions => ({
      meId: me.id,
      meName: me.name,
      timeZone: me.timezone,
      canEdit: (m) => subject !== null && can(actor, 'message.edit', { ...subject, authorId: m.author?.id ?? null }),
      canRemove: (m) => subject !== null && can(actor, 'message.remove', { ...subject, authorId: m.author?.id ?? null }),
      canReact: postRefusal === null,
      onOpenThread: (m) => {
        setThreadParentId(m.id);
        void store.openThread(m.id);
      },
      onEdit: async (m, body) => {
        try {
          store.applyUpdate(await editMessage(m.id, body));
          return true;
        } catch (error) {
          notifications.show({ color: 'red', title: intl.formatMessage({ id: 'chat.panel.editFailed' }), message: errorMessage(error) });
          return false;
        }
      },
      onDelete: setConfirming,
      onReact: (m, emoji, on) => {
        setReaction(m.id, emoji, on).then(
          (updated) => store.applyUpdate(updated),
          (error: unknown) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'chat.panel.reactFailed' }), message: errorMessage(error) }),
        );
      },
    }),
    [me.id, me.name, me.timezone, actor, subject, postRefusal, store, intl],
  );

  const threadParent = threadParentId ? (snapshot.messages.find((m) => m.id === threadParentId) ?? null) : null;
  const offline = useDelayedFlag(snapshot.phase === 'ready' && !connected, 1_200);

  return (
    <Paper withBorder radius="md" className="chat-panel" style={{ height }} data-conversation-id={conversationId}>
      {offline && (
        <Alert color="yellow" radius={0} py={6} icon={<IconWifiOff size={16} />} role="status">
          <Text size="sm">{intl.formatMessage({ id: 'chat.panel.offline' })}</Text>
        </Alert>
      )}
      {snapshot.phase === 'loading' && (
        <Center h="100%">
          <Loader aria-label={intl.formatMessage({ id: 'chat.panel.loading' })} />
        </Center>
      )}
      {snapshot.phase === 'error' && (
        <Center h="100%" p="md">
          <Alert color="red" title={intl.formatMessage({ id: 'chat.panel.loadFailed' })} role="alert">
            <Stack gap="sm" align="flex-start">
              {snapshot.error}
              <Button size="xs" variant="white" color="red" onClick={() => store.retryLoad()}>
                {intl.formatMessage({ id: 'common.retry' })}
              </Button>
            </Stack>
          </Alert>
        </Center>
      )}
      {snapshot.phase === 'revoked' && (
        <Alert color="gray" radius={0} icon={<IconLock size={16} />} title={intl.formatMessage({ id: 'chat.panel.revoked' })} role="alert">
          {snapshot.messages.length > 0 ? intl.formatMessage({ id: 'chat.panel.revokedBody' }) : snapshot.error}
        </Alert>
      )}
      {(snapshot.phase === 'ready' || (snapshot.phase === 'revoked' && snapshot.messages.length > 0)) && (
        <Timeline store={store} snapshot={snapshot} actions={actions} readOnly={snapshot.phase === 'revoked'} />
      )}
      {snapshot.phase === 'ready' && (
        <>
          <div className="chat-typing" aria-hidden={snapshot.typing.length === 0}>
            {typingText(snapshot.typing.map((t) => t.name))}
          </div>
          <Composer label={intl.formatMessage({ id: 'chat.panel.composerLabel' })} placeholder={intl.formatMessage({ id: 'chat.panel.composerPlaceholder' })} onSend={(body) => store.send(body)} onTyping={(typing) => store.setTyping(typing)} disabledReason={postRefusal} />
        </>
      )}
      <ThreadDrawer parent={threadParent} snapshot={snapshot} store={store} actions={actions} canPost={postRefusal} onClose={() => setThreadParentId(null)} />
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={intl.formatMessage({ id: confirming?.author?.id === me.id ? 'chat.panel.deleteTitle' : 'chat.panel.removeTitle' })} centered closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}>
        <Text size="sm">
          {confirming?.author?.id === me.id
            ? intl.formatMessage({ id: 'chat.panel.deleteBody' })
            : intl.formatMessage({ id: 'chat.panel.removeBody' })}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(null)}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button
            color="red"
            loading={deleting}
            onClick={() => {
              if (!confirming) return;
              setDeleting(true);
              deleteMessage(confirming.id)
                .then((updated) => {
                  store.applyUpdate(updated);
                  setConfirming(null);
                })
                .catch((error: unknown) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'chat.panel.removeFailed' }), message: errorMessage(error) }))
                .finally(() => setDeleting(false));
            }}
          >
            {intl.formatMessage({ id: confirming?.author?.id === me.id ? 'common.delete' : 'common.remove' })}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}

/**
 * The scrolling list. Older history and the messages that arrive while the panel is open are two
 * lists: only the second is a live region (role="log"), so loading older pages is not read aloud.
 */
function Timeline({ store, snapshot, actions, readOnly }: { store: ConversationStore; snapshot: ReturnType<typeof useConversationStore>['snapshot']; actions: MessageActions; readOnly: boolean }) {
  const intl = useIntl();
  const scrollRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const initialised = useRef(false);
  const firstSeq = useRef<number | null>(null);
  const lastHeight = useRef(0);
  const [atBottom, setAtBottom] = useState(true);
  const [unreadOutOfView, setUnreadOutOfView] = useState(false);

  const { messages, pending, liveAfterSeq, unreadFromSeq, hasOlder, loadingOlder } = snapshot;
  const mainPending = pending.filter((p) => p.parentId === null);
  const history = messages.filter((m) => m.seq <= liveAfterSeq);
  const live = messages.filter((m) => m.seq > liveAfterSeq);
  const firstUnreadId = unreadFromSeq === null ? null : (messages.find((m) => m.seq >= unreadFromSeq && m.author?.id !== actions.meId)?.id ?? null);

  /** Reports the highest seq I have really seen: the window has the focus and the message is in view. */
  const reportRead = useCallback(() => {
    const el = scrollRef.current;
    if (!el || readOnly || document.visibilityState !== 'visible' || !document.hasFocus()) return;
    const box = el.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return;
    if (nearBottom(el)) {
      store.markRead(store.highestHeldSeq());
      return;
    }
    let seq = 0;
    for (const li of el.querySelectorAll<HTMLElement>('li[data-seq]')) {
      const r = li.getBoundingClientRect();
      if (r.bottom <= box.bottom + 1 && r.top >= box.top - 1) seq = Math.max(seq, Number(li.dataset.seq));
    }
    if (seq > 0) store.markRead(seq);
  }, [store, readOnly]);

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    stick.current = nearBottom(el);
    lastHeight.current = el.scrollHeight;
    setAtBottom(stick.current);
    const divider = el.querySelector<HTMLElement>('[data-unread-divider]');
    if (unreadFromSeq === null) setUnreadOutOfView(false);
    else if (!divider) setUnreadOutOfView(true);
    else {
      const d = divider.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      setUnreadOutOfView(d.bottom < box.top || d.top > box.bottom);
    }
  }, [unreadFromSeq]);

  // Keep the view steady: the first time at the first unread (or the end), after loading older
  // pages where it was, and at the end when it was at the end.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const first = messages[0]?.seq ?? null;
    if (!initialised.current) {
      initialised.current = true;
      const divider = el.querySelector<HTMLElement>('[data-unread-divider]');
      if (divider && divider.offsetTop > el.clientHeight / 2) el.scrollTop = divider.offsetTop - 8;
      else el.scrollTop = el.scrollHeight;
    } else if (first !== null && firstSeq.current !== null && first < firstSeq.current) {
      el.scrollTop += el.scrollHeight - lastHeight.current;
    } else if (stick.current) {
      el.scrollTop = el.scrollHeight;
    }
    firstSeq.current = first;
    lastHeight.current = el.scrollHeight;
    measure();
    reportRead();
  }, [messages, pending, measure, reportRead]);

  // Read positions move when the window gets the focus back, too.
  useEffect(() => {
    const onFocus = () => reportRead();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [reportRead]);

  // Infinite scroll upward: the top of the list coming into view loads the previous page.
  useEffect(() => {
    const root = scrollRef.current;
    const top = topRef.current;
    if (!root || !top || !hasOlder) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void store.loadOlder();
    }, { root, rootMargin: '200px 0px 0px 0px' });
    observer.observe(top);
    return () => observer.disconnect();
  }, [store, hasOlder, loadingOlder]);

  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      measure();
      reportRead();
    });
  };

  const jumpToUnread = async () => {
    if (unreadFromSeq === null) return;
    await store.loadUntil(unreadFromSeq);
    requestAnimationFrame(() => {
      const el = scrollRef.current;
      const divider = el?.querySelector<HTMLElement>('[data-unread-divider]');
      if (el && divider) {
        el.scrollTop = divider.offsetTop - 8;
        divider.focus({ preventScroll: true });
      }
    });
  };

  const jumpToLatest = () => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  };

  const render = (list: Message[]) =>
    list.map((m) => (
      <Fragment key={m.id}>
        {m.id === firstUnreadId && (
          <li className="chat-divider" data-unread-divider tabIndex={-1}>
            {intl.formatMessage({ id: 'chat.panel.newMessages' })}
          </li>
        )}
        <MessageItem message={m} actions={actions} />
      </Fragment>
    ));

  const empty = messages.length === 0 && mainPending.length === 0 && !hasOlder;

  return (
    <div className="chat-timeline">
      {unreadOutOfView && firstUnreadId !== null && (
        <Button className="chat-floating" style={{ top: 8 }} size="compact-sm" radius="xl" leftSection={<IconArrowUp size={14} />} onClick={() => void jumpToUnread()}>
          {intl.formatMessage({ id: 'chat.panel.jumpToUnread' })}
        </Button>
      )}
      {/* A scrollable region must be reachable with the keyboard. */}
      <div className="chat-scroll" ref={scrollRef} onScroll={onScroll} tabIndex={0} role="region" aria-label={intl.formatMessage({ id: 'chat.panel.region' })}>
        <div ref={topRef} />
        {hasOlder && (
          <Center py={6}>
            <Button variant="subtle" size="compact-sm" loading={loadingOlder} onClick={() => void store.loadOlder()}>
              {intl.formatMessage({ id: 'chat.panel.loadOlder' })}
            </Button>
          </Center>
        )}
        {empty && (
          <EmptyState title={intl.formatMessage({ id: 'chat.panel.empty' })} icon={<IconMessages size={22} stroke={1.6} />}>
            {intl.formatMessage({ id: 'chat.panel.emptyBody' })}
          </EmptyState>
        )}
        <ul className="chat-list" aria-label={intl.formatMessage({ id: 'chat.panel.earlier' })}>
          {render(history)}
        </ul>
        <div role="log" aria-live="polite" aria-relevant="additions" aria-label={intl.formatMessage({ id: 'chat.panel.newMessages' })}>
          <ul className="chat-list">{render(live)}</ul>
        </div>
        {mainPending.length > 0 && (
          <ul className="chat-list" aria-label={intl.formatMessage({ id: 'chat.panel.sending' })}>
            {mainPending.map((p) => (
              <PendingItem key={p.clientId} item={p} actions={actions} onRetry={() => store.retry(p.clientId)} onDiscard={() => store.discard(p.clientId)} />
            ))}
          </ul>
        )}
      </div>
      {!atBottom && (
        <Button className="chat-floating" style={{ bottom: 8 }} size="compact-sm" radius="xl" variant="default" leftSection={<IconArrowDown size={14} />} onClick={jumpToLatest}>
          {intl.formatMessage({ id: 'chat.panel.jumpToLatest' })}
        </Button>
      )}
    </div>
  );
}
