import type { HistoryPage, Message, ReadUpdated, RealtimeError, TypingEvent } from '@peerhub/contracts';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { t } from '../../../i18n/locale-store';
import type { PeerhubSocket } from '../../../lib/socket';
import { getMessages } from '../api/get-messages';
import { loadOutbox, saveOutbox, type PendingMessage } from './outbox-storage';

export type { PendingMessage } from './outbox-storage';

/** How long a send waits for its acknowledgement before it counts as "no answer" (retried later). */
const SEND_TIMEOUT_MS = 8_000;
const JOIN_TIMEOUT_MS = 10_000;
const CHANGE_MARGIN_MS = 60_000;
const RETRY_DELAY_MS = 3_000;
/** A live message ahead of what we hold waits this long for the missing one before we ask for it. */
const GAP_WAIT_MS = 800;
/** Someone who stopped sending typing events has stopped typing. */
const TYPING_EXPIRY_MS = 6_000;
const PAGE_SIZE = 50;
/** Error codes that say "this message will never be accepted as it is": the rest are retried. */
const TRANSIENT_CODES = new Set<RealtimeError['code']>(['RATE_LIMITED', 'INTERNAL']);

export interface ThreadState {
  items: Message[];
  loading: boolean;
  hasOlder: boolean;
  error: string | null;
}

export interface ChatSnapshot {
  phase: 'loading' | 'ready' | 'error' | 'revoked';
  error: string | null;
  /** The main timeline (thread replies excluded), ascending seq, one entry per id. */
  messages: Message[];
  /** Messages with a seq above this arrived after the conversation was opened (they go to the live region). */
  liveAfterSeq: number;
  hasOlder: boolean;
  loadingOlder: boolean;
  /** The outbox: written here, not yet confirmed stored (main timeline and thread replies). */
  pending: PendingMessage[];
  typing: Array<{ personId: string; name: string }>;
  /** The live events of the conversation reach this tab (joined and caught up). */
  joined: boolean;
  lastReadSeq: number;
  /** The "New messages" divider: the first seq that was unread when the conversation was opened. */
  unreadFromSeq: number | null;
  threads: Readonly<Record<string, ThreadState>>;
}

export interface StoreOptions {
  conversationId: string;
  me: { id: string; name: string };
  /** My current read position, from the conversation list (null when unknown). */
  fetchLastReadSeq: () => Promise<number | null>;
  onNewSeq?: (seq: number, createdAt: string) => void;
  onRead?: (update: ReadUpdated) => void;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: RealtimeError };

/** How many panels of this tab hold each conversation's room (leave only when the last one closes). */
const roomHolders = new WeakMap<PeerhubSocket, Map<string, number>>();

const bySeq = (a: Message, b: Message) => a.seq - b.seq;

/**
 * One conversation, live. The order of things follows docs/realtime.md:
 * 1. the latest page of history over HTTP (keyset, `before=` for older pages);
 * 2. `conversation:join` with afterSeq = the highest seq held; live `message:new` events that arrive
 *    meanwhile are buffered and merged after the catch-up (by seq, deduplicated by id);
 * 3. a seq jump (hold 7, receive 9) triggers a catch-up for what is missing;
 * 4. every reconnection joins again from the highest seq held.
 * Sending goes through an outbox kept in localStorage: each message keeps its clientId across
 * retries, so the server stores it once however often it is sent.
 */
export class ConversationStore {
  private snapshot: ChatSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly conversationId: string;
  private readonly me: { id: string; name: string };

  private socket: PeerhubSocket | null = null;
  private detachSocket: (() => void) | null = null;
  private started = false;
  private generation = 0;

  /** Every seq up to this one is reflected in what we hold (messages, reply counts). */
  private contiguousSeq = 0;
  /** Seqs we hold above contiguousSeq (our own acks, live events that overtook others). */
  private readonly aheadSeqs = new Set<number>();
  /** The conversation's last seq when its history was loaded: replies up to it are in the reply counts. */
  private baselineSeq = 0;
  private readonly countedReplies = new Set<string>();

  private joining = false;
  /** When the last successful join was asked for (this tab has heard everything up to then). */
  private joinedAt: number | null = null;
  private buffered: Message[] = [];
  private flushing = false;
  private readInFlight = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: StoreOptions) {
    this.conversationId = options.conversationId;
    this.me = options.me;
    this.snapshot = {
      phase: 'loading',
      error: null,
      messages: [],
      liveAfterSeq: Number.POSITIVE_INFINITY,
      hasOlder: false,
      loadingOlder: false,
      pending: loadOutbox(this.me.id, this.conversationId),
      typing: [],
      joined: false,
      lastReadSeq: 0,
      unreadFromSeq: null,
      threads: {},
    };
  }

  // ---- React binding ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): ChatSnapshot => this.snapshot;

  private set(patch: Partial<ChatSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  // ---- lifecycle ----

  /** Loads the history (once) and joins when a connection is there. Safe to call again after stop(). */
  start(): void {
    if (this.started) return;
    this.started = true;
    const generation = ++this.generation;
    if (this.snapshot.phase === 'loading' || this.snapshot.phase === 'error') void this.loadLatest(generation);
    else this.join();
  }

  stop(): void {
    this.started = false;
    this.generation++;
    this.setSocket(null);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
    this.gapTimer = null;
    this.retryTimer = null;
    this.joining = false;
    this.flushing = false;
    this.buffered = [];
  }

  /** Follows the tab's connection (null while signed out); events are only listened to while started. */
  setSocket(socket: PeerhubSocket | null): void {
    if (this.socket === socket && (socket === null || this.detachSocket)) return;
    this.detachSocket?.();
    this.detachSocket = null;
    this.socket = socket;
    if (this.snapshot.joined || this.snapshot.typing.length > 0) this.set({ joined: false, typing: [] });
    if (!socket || !this.started) return;

    const id = this.conversationId;
    const onConnect = () => this.join();
    const onDisconnect = () => {
      this.joining = false;
      this.buffered = [];
      this.set({ joined: false, typing: [] });
    };
    const onNew = (m: Message) => {
      if (m.conversationId !== id) return;
      if (this.joining || !this.snapshot.joined) this.buffered.push(m);
      else this.applyLive([m]);
    };
    const onUpdated = (m: Message) => {
      if (m.conversationId === id) this.applyUpdate(m);
    };
    const onTyping = (e: TypingEvent) => {
      if (e.conversationId === id && e.personId !== this.me.id) this.applyTyping(e);
    };
    const onRead = (u: ReadUpdated) => {
      if (u.conversationId === id && u.lastReadSeq > this.snapshot.lastReadSeq) this.set({ lastReadSeq: u.lastReadSeq });
    };
    const onRevoked = ({ conversationId }: { conversationId: string }) => {
      if (conversationId === id) this.revoke();
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('message:new', onNew);
    socket.on('message:updated', onUpdated);
    socket.on('typing', onTyping);
    socket.on('read:updated', onRead);
    socket.on('conversation:revoked', onRevoked);
    const holders = roomHolders.get(socket) ?? new Map<string, number>();
    roomHolders.set(socket, holders);
    holders.set(id, (holders.get(id) ?? 0) + 1);

    this.detachSocket = () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('message:new', onNew);
      socket.off('message:updated', onUpdated);
      socket.off('typing', onTyping);
      socket.off('read:updated', onRead);
      socket.off('conversation:revoked', onRevoked);
      const left = (holders.get(id) ?? 1) - 1;
      if (left > 0) holders.set(id, left);
      else {
        holders.delete(id);
        if (socket.connected) socket.emit('conversation:leave', { conversationId: id }, () => undefined);
      }
    };
    if (socket.connected) this.join();
  }

  private later(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const generation = this.generation;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (generation === this.generation) fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  // ---- history ----

  private async loadLatest(generation: number): Promise<void> {
    try {
      const [page, lastRead] = await Promise.all([getMessages(this.conversationId, { limit: PAGE_SIZE }), this.options.fetchLastReadSeq().catch(() => null)]);
      if (generation !== this.generation) return;
      const lastReadSeq = lastRead ?? page.lastSeq;
      this.baselineSeq = page.lastSeq;
      this.contiguousSeq = Math.max(this.contiguousSeq, page.lastSeq);
      const unreadFromSeq = lastReadSeq < page.lastSeq ? lastReadSeq + 1 : null;
      this.set({ phase: 'ready', error: null, hasOlder: page.hasMore, lastReadSeq, unreadFromSeq, liveAfterSeq: page.lastSeq });
      this.mergeMain(page.items);
      for (const m of page.items) this.noteSeq(m.seq);
      this.settleFromHistory(page.items);
      this.join();
    } catch (error) {
      if (generation !== this.generation) return;
      if (isApiError(error, 'NOT_FOUND')) this.set({ phase: 'revoked', error: t('chat.store.notFound') });
      else this.set({ phase: 'error', error: errorMessage(error) });
    }
  }

  retryLoad(): void {
    this.set({ phase: 'loading', error: null });
    void this.loadLatest(this.generation);
  }

  /** The previous page (keyset: before = the lowest seq held). */
  async loadOlder(): Promise<void> {
    const { messages, hasOlder, loadingOlder, phase } = this.snapshot;
    if (!hasOlder || loadingOlder || phase !== 'ready') return;
    const generation = this.generation;
    this.set({ loadingOlder: true });
    try {
      const before = messages[0]?.seq;
      const page = await getMessages(this.conversationId, before === undefined ? { limit: PAGE_SIZE } : { before, limit: PAGE_SIZE });
      if (generation !== this.generation) return;
      this.mergeMain(page.items);
      this.set({ hasOlder: page.hasMore, loadingOlder: false });
    } catch (error) {
      if (generation !== this.generation) return;
      this.set({ loadingOlder: false, error: errorMessage(error) });
    }
  }

  // ---- joining and catching up ----

  private join(): void {
    const socket = this.socket;
    if (!socket?.connected || !this.started || this.joining || this.snapshot.phase !== 'ready') return;
    this.joining = true;
    const generation = this.generation;
    const afterSeq = this.contiguousSeq;
    // Older messages edited, deleted or reacted to while this tab was away come back too. The margin
    // covers clock differences between this machine and the server; applying a change twice is harmless.
    const changedSince = this.joinedAt ? new Date(this.joinedAt - CHANGE_MARGIN_MS).toISOString() : undefined;
    const requestedAt = Date.now();
    socket.timeout(JOIN_TIMEOUT_MS).emit('conversation:join', { conversationId: this.conversationId, afterSeq, ...(changedSince ? { changedSince } : {}) }, (err: Error | null, result: Result<HistoryPage>) => {
      if (generation !== this.generation || socket !== this.socket) return;
      this.joining = false;
      if (err) {
        this.later(() => this.join(), RETRY_DELAY_MS);
        return;
      }
      if (!result.ok) {
        if (result.error.code === 'NOT_FOUND') this.revoke();
        else this.later(() => this.join(), RETRY_DELAY_MS);
        return;
      }
      // The catch-up first (everything after afterSeq, replies included), then what arrived live meanwhile.
      this.applyLive(result.value.items, true);
      // Applied after the new replies, so the server's reply counts are the ones that stay.
      result.value.changed.forEach((m) => this.applyUpdate(m));
      if (result.value.hasMore) {
        this.join();
        return;
      }
      const live = this.buffered;
      this.buffered = [];
      this.joinedAt = requestedAt;
      this.set({ joined: true });
      this.applyLive(live);
      void this.flushOutbox();
    });
  }

  /** Merges stored messages (catch-up, live events, acknowledgements) by seq, deduplicated by id. */
  private applyLive(items: readonly Message[], fromCatchUp = false): void {
    if (items.length === 0) return;
    const sorted = [...items].sort(bySeq);
    const main: Message[] = [];
    let newest: Message | null = null;
    for (const m of sorted) {
      this.settlePending(m);
      if (m.parentId) this.applyReply(m);
      else main.push(m);
      this.noteSeq(m.seq);
      if (!newest || m.seq > newest.seq) newest = m;
    }
    this.mergeMain(main);
    if (newest) this.options.onNewSeq?.(newest.seq, newest.createdAt);
    if (!fromCatchUp) this.checkGap();
  }

  private noteSeq(seq: number): void {
    if (seq <= this.contiguousSeq) return;
    this.aheadSeqs.add(seq);
    while (this.aheadSeqs.has(this.contiguousSeq + 1)) {
      this.contiguousSeq++;
      this.aheadSeqs.delete(this.contiguousSeq);
    }
  }

  /** We hold a seq above one we never received: ask for what is missing (unless it arrives at once). */
  private checkGap(): void {
    if (this.aheadSeqs.size === 0 || this.gapTimer) return;
    this.gapTimer = this.later(() => {
      this.gapTimer = null;
      if (this.aheadSeqs.size > 0 && this.snapshot.joined) this.join();
    }, GAP_WAIT_MS);
  }

  private mergeMain(items: readonly Message[]): void {
    if (items.length === 0) return;
    const byId = new Map(this.snapshot.messages.map((m) => [m.id, m]));
    for (const m of items) byId.set(m.id, m);
    this.set({ messages: [...byId.values()].sort(bySeq) });
  }

  private applyReply(reply: Message): void {
    const thread = this.snapshot.threads[reply.parentId ?? ''];
    if (thread) {
      const items = thread.items.some((m) => m.id === reply.id) ? thread.items.map((m) => (m.id === reply.id ? reply : m)) : [...thread.items, reply].sort(bySeq);
      this.set({ threads: { ...this.snapshot.threads, [reply.parentId ?? '']: { ...thread, items } } });
    }
    // Replies up to the baseline are already in the parent's reply count; count each newer one once.
    if (reply.seq > this.baselineSeq && !this.countedReplies.has(reply.id)) {
      this.countedReplies.add(reply.id);
      this.set({ messages: this.snapshot.messages.map((m) => (m.id === reply.parentId ? { ...m, replyCount: m.replyCount + 1 } : m)) });
    }
  }

  /** An edit, a deletion, a removal or reactions: replaces the copy we hold (if any). */
  applyUpdate(m: Message): void {
    if (this.snapshot.messages.some((x) => x.id === m.id)) this.set({ messages: this.snapshot.messages.map((x) => (x.id === m.id ? m : x)) });
    const thread = m.parentId ? this.snapshot.threads[m.parentId] : undefined;
    if (m.parentId && thread?.items.some((x) => x.id === m.id)) {
      this.set({ threads: { ...this.snapshot.threads, [m.parentId]: { ...thread, items: thread.items.map((x) => (x.id === m.id ? m : x)) } } });
    }
  }

  private revoke(): void {
    this.buffered = [];
    this.joining = false;
    this.set({ phase: 'revoked', joined: false, typing: [], error: t('chat.store.revoked') });
  }

  // ---- threads ----

  async openThread(parentId: string): Promise<void> {
    const existing = this.snapshot.threads[parentId];
    if (existing && !existing.error) return;
    const generation = this.generation;
    this.set({ threads: { ...this.snapshot.threads, [parentId]: { items: existing?.items ?? [], loading: true, hasOlder: false, error: null } } });
    try {
      const page = await getMessages(this.conversationId, { parentId, limit: 100 });
      if (generation !== this.generation) return;
      const current = this.snapshot.threads[parentId];
      const byId = new Map([...page.items, ...(current?.items ?? [])].map((m) => [m.id, m]));
      this.set({ threads: { ...this.snapshot.threads, [parentId]: { items: [...byId.values()].sort(bySeq), loading: false, hasOlder: page.hasMore, error: null } } });
    } catch (error) {
      if (generation !== this.generation) return;
      this.set({ threads: { ...this.snapshot.threads, [parentId]: { items: [], loading: false, hasOlder: false, error: errorMessage(error) } } });
    }
  }

  async loadOlderReplies(parentId: string): Promise<void> {
    const thread = this.snapshot.threads[parentId];
    const before = thread?.items[0]?.seq;
    if (!thread || thread.loading || !thread.hasOlder || before === undefined) return;
    this.set({ threads: { ...this.snapshot.threads, [parentId]: { ...thread, loading: true } } });
    try {
      const page = await getMessages(this.conversationId, { parentId, before, limit: 100 });
      const current = this.snapshot.threads[parentId] ?? thread;
      const byId = new Map([...page.items, ...current.items].map((m) => [m.id, m]));
      this.set({ threads: { ...this.snapshot.threads, [parentId]: { items: [...byId.values()].sort(bySeq), loading: false, hasOlder: page.hasMore, error: null } } });
    } catch (error) {
      this.set({ threads: { ...this.snapshot.threads, [parentId]: { ...thread, loading: false, error: errorMessage(error) } } });
    }
  }

  // ---- the outbox ----

  send(body: string, parentId: string | null = null): void {
    const item: PendingMessage = { clientId: crypto.randomUUID(), body, parentId, createdAt: new Date().toISOString(), status: 'sending', error: null };
    this.setPending([...this.snapshot.pending, item]);
    void this.flushOutbox();
  }

  retry(clientId: string): void {
    this.setPending(this.snapshot.pending.map((p) => (p.clientId === clientId ? { ...p, status: 'sending', error: null } : p)));
    void this.flushOutbox();
  }

  discard(clientId: string): void {
    this.setPending(this.snapshot.pending.filter((p) => p.clientId !== clientId));
  }

  private setPending(pending: PendingMessage[]): void {
    saveOutbox(this.me.id, this.conversationId, pending);
    this.set({ pending });
  }

  /** The stored message arrived (ack or live event): it replaces the pending one, never beside it. */
  private settlePending(m: Message): void {
    if (m.author?.id !== this.me.id) return;
    if (this.snapshot.pending.some((p) => p.clientId === m.clientId)) this.setPending(this.snapshot.pending.filter((p) => p.clientId !== m.clientId));
  }

  private settleFromHistory(items: readonly Message[]): void {
    for (const m of items) this.settlePending(m);
  }

  /**
   * Sends what waits, one at a time and in order (so my messages keep the order I wrote them in).
   * No answer in time: it stays "sending…" and is sent again with the same clientId later or after
   * the next reconnection. A clear refusal marks it failed.
   */
  private async flushOutbox(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    const generation = this.generation;
    try {
      for (;;) {
        const socket = this.socket;
        if (!socket?.connected || !this.snapshot.joined || generation !== this.generation) return;
        const next = this.snapshot.pending.find((p) => p.status === 'sending');
        if (!next) return;
        const outcome = await this.sendOne(socket, next);
        if (generation !== this.generation) return;
        if (outcome === 'retry') {
          if (!this.retryTimer) {
            this.retryTimer = this.later(() => {
              this.retryTimer = null;
              void this.flushOutbox();
            }, RETRY_DELAY_MS);
          }
          return;
        }
      }
    } finally {
      if (generation === this.generation) this.flushing = false;
    }
  }

  private sendOne(socket: PeerhubSocket, item: PendingMessage): Promise<'ok' | 'retry' | 'failed'> {
    return new Promise((resolve) => {
      const payload = { conversationId: this.conversationId, clientId: item.clientId, body: item.body, ...(item.parentId ? { parentId: item.parentId } : {}) };
      socket.timeout(SEND_TIMEOUT_MS).emit('message:send', payload, (err: Error | null, result: Result<Message>) => {
        if (err) return resolve('retry');
        if (result.ok) {
          this.applyLive([result.value]);
          // Acknowledged but not a live event: make sure the pending copy is gone in any case.
          this.discard(item.clientId);
          return resolve('ok');
        }
        if (TRANSIENT_CODES.has(result.error.code)) return resolve('retry');
        this.setPending(this.snapshot.pending.map((p) => (p.clientId === item.clientId ? { ...p, status: 'failed', error: result.error.message } : p)));
        return resolve('failed');
      });
    });
  }

  // ---- typing and reading ----

  private applyTyping(e: TypingEvent): void {
    const previous = this.typingTimers.get(e.personId);
    if (previous) clearTimeout(previous);
    this.typingTimers.delete(e.personId);
    const others = this.snapshot.typing.filter((t) => t.personId !== e.personId);
    if (!e.typing) {
      this.set({ typing: others });
      return;
    }
    this.typingTimers.set(
      e.personId,
      setTimeout(() => {
        this.typingTimers.delete(e.personId);
        this.set({ typing: this.snapshot.typing.filter((t) => t.personId !== e.personId) });
      }, TYPING_EXPIRY_MS),
    );
    this.set({ typing: [...others, { personId: e.personId, name: e.name }] });
  }

  /** Tells the others I am (or stopped) typing; the composer throttles the calls. */
  setTyping(typing: boolean): void {
    if (this.socket?.connected && this.snapshot.joined) this.socket.emit('typing', { conversationId: this.conversationId, typing });
  }

  /** The highest seq I have seen in full; read positions only move forward. */
  markRead(seq: number): void {
    const socket = this.socket;
    if (!socket?.connected || seq <= this.snapshot.lastReadSeq || seq <= this.readInFlight) return;
    this.readInFlight = seq;
    socket.timeout(JOIN_TIMEOUT_MS).emit('read', { conversationId: this.conversationId, seq }, (err: Error | null, result: Result<ReadUpdated>) => {
      if (this.readInFlight === seq) this.readInFlight = 0;
      if (err || !result.ok) return;
      if (result.value.lastReadSeq > this.snapshot.lastReadSeq) this.set({ lastReadSeq: result.value.lastReadSeq });
      this.options.onRead?.(result.value);
    });
  }

  /** Everything up to here is held (replies included): what "read to the end" means. */
  highestHeldSeq(): number {
    return Math.max(this.contiguousSeq, ...this.snapshot.messages.map((m) => m.seq));
  }

  /** Loads older pages until the seq is held (for "jump to first unread"). */
  async loadUntil(seq: number): Promise<void> {
    while (this.snapshot.hasOlder && (this.snapshot.messages[0]?.seq ?? 0) > seq) {
      const before = this.snapshot.messages[0]?.seq;
      await this.loadOlder();
      if (this.snapshot.messages[0]?.seq === before) return;
    }
  }
}
