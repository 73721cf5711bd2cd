import { randomUUID } from 'node:crypto';
import type { ConversationList, ConversationSummary, HistoryPage, Message, MessageSearchResult, RealtimeError } from '@peerhub/contracts';
import { Client as PgClient } from 'pg';
import { MessageType } from 'socket.io-adapter';
import { makeAlliance, makePerson, signIn, type Signed } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestApp, type TestApp } from './test-app';

describe('live group conversations', () => {
  let t: TestApp;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => t.close());

  async function connect(signed: Signed): Promise<Client> {
    const socket = await connectSocket(t.baseUrl, signed.token);
    sockets.push(socket);
    return socket;
  }

  /** A group with a lead and two members, its conversation, and one outsider from the same alliance. */
  async function room() {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { name: 'Lead', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const ann = await makePerson(t.dataSource, { name: 'Ann', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const bob = await makePerson(t.dataSource, { name: 'Bob', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const outsider = await makePerson(t.dataSource, { name: 'Outsider', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), ann: await signIn(t, ann.email), bob: await signIn(t, bob.email), outsider: await signIn(t, outsider.email) };
    const group = (
      await t.app.inject({
        method: 'POST',
        url: `/api/alliances/${alliance.id}/groups`,
        headers: s.lead.auth,
        payload: { name: 'Open data', topics: ['open-data'], purpose: 'Talking about open data portals.', visibility: 'open' },
      })
    ).json<{ id: string }>();
    for (const who of [s.ann, s.bob]) await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: who.auth });
    const conversation = (await t.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: s.ann.auth })).json<ConversationSummary>();
    return { alliance, group, conversation, people: { lead, ann, bob, outsider }, s };
  }

  const send = (socket: Client, conversationId: string, body: string, clientId = randomUUID()) =>
    socket.emitWithAck('message:send', { conversationId, clientId, body }) as Promise<{ ok: true; value: Message } | { ok: false; error: RealtimeError }>;
  const join = (socket: Client, conversationId: string, afterSeq?: number) =>
    socket.emitWithAck('conversation:join', { conversationId, ...(afterSeq !== undefined ? { afterSeq } : {}) }) as Promise<{ ok: true; value: HistoryPage } | { ok: false; error: RealtimeError }>;
  const collect = (socket: Client) => {
    const got: Message[] = [];
    socket.on('message:new', (m) => got.push(m));
    return got;
  };
  const until = async (check: () => boolean, ms = 5000) => {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > ms) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('persists, acknowledges and broadcasts; a retry with the same client id creates nothing new', async () => {
    const { conversation, s } = await room();
    const [ann, bob] = [await connect(s.ann), await connect(s.bob)];
    expect(await join(ann, conversation.id)).toMatchObject({ ok: true });
    expect(await join(bob, conversation.id)).toMatchObject({ ok: true });
    const received = collect(bob);
    const clientId = randomUUID();
    const first = await send(ann, conversation.id, 'Hello from **Tashkent**', clientId);
    const retry = await send(ann, conversation.id, 'Hello from **Tashkent**', clientId);
    expect(first).toMatchObject({ ok: true, value: { seq: 1, body: 'Hello from **Tashkent**', author: { name: 'Ann' } } });
    expect(retry.ok && first.ok && retry.value.id === first.value.id).toBe(true);
    await until(() => received.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(received.map((m) => m.seq)).toEqual([1]);
    const [{ count }] = await t.dataSource.query<[{ count: number }]>('SELECT count(*)::int AS count FROM message WHERE conversation_id = $1', [conversation.id]);
    expect(count).toBe(1);
    // The retry took no seq and, for a reply, counted once in its thread.
    const replyId = randomUUID();
    const reply = await ann.emitWithAck('message:send', { conversationId: conversation.id, clientId: replyId, body: 'A reply', parentId: first.ok ? first.value.id : '' });
    const replyAgain = await ann.emitWithAck('message:send', { conversationId: conversation.id, clientId: replyId, body: 'A reply', parentId: first.ok ? first.value.id : '' });
    expect(reply).toMatchObject({ ok: true, value: { seq: 2 } });
    expect(replyAgain).toMatchObject({ ok: true, value: { seq: 2 } });
    expect(await send(ann, conversation.id, 'After the retries')).toMatchObject({ ok: true, value: { seq: 3 } });
    const [{ reply_count }] = await t.dataSource.query<[{ reply_count: number }]>('SELECT reply_count FROM message WHERE id = $1', [first.ok ? first.value.id : '']);
    expect(reply_count).toBe(1);
  });

  it('refuses people who may not read: joining, sending and the history are all "not found"', async () => {
    const { conversation, people, s } = await room();
    // The refusal is worded in the person's language, as HTTP answers are.
    await t.dataSource.query(`UPDATE person SET locale = 'ru' WHERE id = $1`, [people.outsider.id]);
    const outsider = await connect(s.outsider);
    expect(await join(outsider, conversation.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Беседа не найдена' } });
    expect(await send(outsider, conversation.id, 'let me in')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.app.inject({ url: `/api/conversations/${conversation.id}/messages`, headers: s.outsider.auth })).statusCode).toBe(404);
  });

  it('stops delivering to a member the moment they are removed', async () => {
    const { group, conversation, people, s } = await room();
    const [ann, bob] = [await connect(s.ann), await connect(s.bob)];
    await join(ann, conversation.id);
    await join(bob, conversation.id);
    const received = collect(bob);
    const revoked = new Promise((resolve) => bob.on('conversation:revoked', resolve));
    await send(ann, conversation.id, 'before');
    await until(() => received.length === 1);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/groups/${group.id}/members/${people.bob.id}`, headers: s.lead.auth, payload: {} })).statusCode).toBe(204);
    expect(await revoked).toEqual({ conversationId: conversation.id });
    await send(ann, conversation.id, 'after');
    await new Promise((r) => setTimeout(r, 300));
    expect(received.map((m) => m.body)).toEqual(['before']);
    expect(await join(bob, conversation.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('decides every send on where the sender stands now, even when the connection already posted and heard of no change', async () => {
    const { group, conversation, people, s } = await room();
    const [ann, bob] = [await connect(s.ann), await connect(s.bob)];
    await join(ann, conversation.id);
    await join(bob, conversation.id);
    expect(await send(bob, conversation.id, 'one')).toMatchObject({ ok: true, value: { seq: 1 } });
    // Taken out behind the API's back: no event reaches the connection, which still sits in the room.
    await t.dataSource.query('DELETE FROM group_membership WHERE group_id = $1 AND person_id = $2', [group.id, people.bob.id]);
    expect(await send(bob, conversation.id, 'still here?')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Archived: read-only for those who could post a moment ago; reactivated: open again, and no seq was spent on the refusals.
    const setStatus = (status: string) => t.app.inject({ method: 'PATCH', url: `/api/groups/${group.id}`, headers: s.lead.auth, payload: { status } });
    expect((await setStatus('archived')).statusCode).toBe(200);
    expect(await send(ann, conversation.id, 'archived?')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await setStatus('active')).statusCode).toBe(200);
    expect(await send(ann, conversation.id, 'two')).toMatchObject({ ok: true, value: { seq: 2 } });
    // A change that still lets her post (she became a lead) costs a second look, not a refusal.
    await t.dataSource.query(`UPDATE group_membership SET role = 'lead' WHERE group_id = $1 AND person_id = $2`, [group.id, people.ann.id]);
    expect(await send(ann, conversation.id, 'three')).toMatchObject({ ok: true, value: { seq: 3 } });
    const bodies = await t.dataSource.query<Array<{ body: string }>>('SELECT body FROM message WHERE conversation_id = $1 ORDER BY seq', [conversation.id]);
    expect(bodies.map((m) => m.body)).toEqual(['one', 'two', 'three']);
  });

  it('lets a client cut off mid-stream catch up from its last seq with no gap', async () => {
    const { conversation, s } = await room();
    const ann = await connect(s.ann);
    let bob = await connect(s.bob);
    await join(ann, conversation.id);
    await join(bob, conversation.id);
    const seen = collect(bob);
    for (let i = 1; i <= 5; i++) await send(ann, conversation.id, `message ${i}`);
    await until(() => seen.length === 5);
    bob.disconnect();
    for (let i = 6; i <= 12; i++) await send(ann, conversation.id, `message ${i}`);
    bob = await connect(s.bob);
    const lastSeq = Math.max(...seen.map((m) => m.seq));
    const caughtUp = await join(bob, conversation.id, lastSeq);
    expect(caughtUp.ok).toBe(true);
    const all = [...seen, ...(caughtUp.ok ? caughtUp.value.items : [])];
    expect(all.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.map((m) => m.body).at(-1)).toBe('message 12');
  });

  it('keeps one gap-free order under concurrent senders', async () => {
    const { conversation, s } = await room();
    const senders = [await connect(s.ann), await connect(s.bob), await connect(s.lead)];
    const watcher = await connect(s.ann);
    await join(watcher, conversation.id);
    const seen = collect(watcher);
    await Promise.all(senders.map((socket, n) => Promise.all(Array.from({ length: 15 }, (_, i) => send(socket, conversation.id, `sender ${n} #${i}`)))));
    await until(() => seen.length === 45);
    const seqs = seen.map((m) => m.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    const history = (await t.app.inject({ url: `/api/conversations/${conversation.id}/messages?limit=100`, headers: s.ann.auth })).json<HistoryPage>();
    expect(history.items.map((m) => m.seq)).toEqual(seqs);
  });

  it('answers oversized bodies and floods with errors, not crashes', async () => {
    const { conversation, s } = await room();
    const ann = await connect(s.ann);
    expect(await send(ann, conversation.id, 'x'.repeat(10_001))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await send(ann, conversation.id, '   ')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const errors: RealtimeError[] = [];
    ann.on('error', (e) => errors.push(e));
    for (let i = 0; i < 110; i++) ann.emit('typing', { conversationId: conversation.id, typing: true });
    await until(() => errors.length > 0);
    expect(errors[0]).toMatchObject({ code: 'RATE_LIMITED' });
    expect(ann.connected).toBe(true);
  });

  it('pages history by seq, edits, deletes to a tombstone, lets a lead remove, counts reactions and searches', async () => {
    const { conversation, people, s } = await room();
    const ann = await connect(s.ann);
    for (let i = 1; i <= 7; i++) await send(ann, conversation.id, i === 4 ? 'The open data portal of Astana publishes budgets' : `note ${i}`);
    const latest = (await t.app.inject({ url: `/api/conversations/${conversation.id}/messages?limit=3`, headers: s.bob.auth })).json<HistoryPage>();
    expect(latest.items.map((m) => m.seq)).toEqual([5, 6, 7]);
    expect(latest.hasMore).toBe(true);
    const older = (await t.app.inject({ url: `/api/conversations/${conversation.id}/messages?limit=3&before=5`, headers: s.bob.auth })).json<HistoryPage>();
    expect(older.items.map((m) => m.seq)).toEqual([2, 3, 4]);

    const target = older.items[2]!;
    expect((await t.app.inject({ method: 'PATCH', url: `/api/messages/${target.id}`, headers: s.bob.auth, payload: { body: 'hijack' } })).statusCode).toBe(403);
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/messages/${target.id}`, headers: s.ann.auth, payload: { body: 'The open data portal of Astana publishes budgets monthly' } });
    expect(edited.json<Message>().editedAt).not.toBeNull();

    const reacted = await t.app.inject({ method: 'PUT', url: `/api/messages/${target.id}/reactions/${encodeURIComponent('👍')}`, headers: s.bob.auth });
    expect(reacted.json<Message>().reactions).toEqual([{ emoji: '👍', count: 1, by: [people.bob.id] }]);
    expect((await t.app.inject({ method: 'PUT', url: `/api/messages/${target.id}/reactions/notanemoji`, headers: s.bob.auth })).statusCode).toBe(400);

    const found = (await t.app.inject({ url: '/api/conversations/search?q=budgets', headers: s.bob.auth })).json<MessageSearchResult>();
    expect(found.items.map((h) => h.message.id)).toEqual([target.id]);
    expect(found.items[0]!.snippet).toContain('«budgets»');
    expect((await t.app.inject({ url: '/api/conversations/search?q=budgets', headers: s.outsider.auth })).json<MessageSearchResult>().items).toEqual([]);

    const removed = await t.app.inject({ method: 'DELETE', url: `/api/messages/${target.id}`, headers: s.lead.auth });
    expect(removed.json<Message>()).toMatchObject({ removed: true, body: '', seq: 4 });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/messages/${latest.items[0]!.id}`, headers: s.bob.auth })).statusCode).toBe(403);
    const own = await t.app.inject({ method: 'DELETE', url: `/api/messages/${latest.items[0]!.id}`, headers: s.ann.auth });
    expect(own.json<Message>()).toMatchObject({ removed: false, body: '' });
    expect(own.json<Message>().deletedAt).not.toBeNull();
  });

  it('keeps read positions and unread counts in step across tabs', async () => {
    const { conversation, s } = await room();
    const ann = await connect(s.ann);
    for (let i = 0; i < 4; i++) await send(ann, conversation.id, `update ${i}`);
    const bobTab1 = await connect(s.bob);
    const bobTab2 = await connect(s.bob);
    const synced = new Promise((resolve) => bobTab2.on('read:updated', resolve));
    const before = (await t.app.inject({ url: '/api/conversations', headers: s.bob.auth })).json<{ items: ConversationSummary[] }>();
    expect(before.items.find((c) => c.id === conversation.id)?.unread).toBe(4);
    expect(await bobTab1.emitWithAck('read', { conversationId: conversation.id, seq: 3 })).toEqual({ ok: true, value: { conversationId: conversation.id, lastReadSeq: 3, unread: 1 } });
    expect(await synced).toEqual({ conversationId: conversation.id, lastReadSeq: 3, unread: 1 });
    // A late report of an older position never moves it back.
    expect(await bobTab2.emitWithAck('read', { conversationId: conversation.id, seq: 1 })).toMatchObject({ ok: true, value: { lastReadSeq: 3 } });
  });

  it('keeps unread counts live for conversations a tab watches but has not opened, until the person may no longer read them', async () => {
    const { group, conversation, people, s } = await room();
    const [ann, bob, outsider] = [await connect(s.ann), await connect(s.bob), await connect(s.outsider)];
    const watched = await bob.emitWithAck('conversations:watch', {});
    expect(watched).toEqual({ ok: true, value: { conversationIds: [conversation.id] } });
    expect(await outsider.emitWithAck('conversations:watch', {})).toEqual({ ok: true, value: { conversationIds: [] } });
    expect(await bob.emitWithAck('conversations:watch', { everything: true } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const [toBob, toOutsider] = [collect(bob), collect(outsider)];
    await send(ann, conversation.id, 'watched');
    await until(() => toBob.length === 1);
    // Bob also opens it: he still gets each message once.
    await join(bob, conversation.id);
    await send(ann, conversation.id, 'opened too');
    await until(() => toBob.length === 2);
    await t.app.inject({ method: 'DELETE', url: `/api/groups/${group.id}/members/${people.bob.id}`, headers: s.lead.auth, payload: {} });
    await send(ann, conversation.id, 'after removal');
    await new Promise((r) => setTimeout(r, 300));
    expect(toBob.map((m) => m.body)).toEqual(['watched', 'opened too']);
    expect(toOutsider).toEqual([]);
  });

  it('lets the people of a new direct conversation hear its first message without asking', async () => {
    const { s, people } = await room();
    const bob = await connect(s.bob);
    const toBob = collect(bob);
    const direct = (await t.app.inject({ method: 'POST', url: '/api/conversations/direct', headers: s.ann.auth, payload: { participantIds: [people.bob.id] } })).json<ConversationSummary>();
    const ann = await connect(s.ann);
    expect(await send(ann, direct.id, 'A private word')).toMatchObject({ ok: true });
    await until(() => toBob.length === 1);
    expect(toBob[0]).toMatchObject({ conversationId: direct.id, body: 'A private word' });
  });

  it("lists a new group's discussion in its members' Messages before anyone has opened it, under the group's name", async () => {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { name: 'Lead', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const ann = await makePerson(t.dataSource, { name: 'Ann', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), ann: await signIn(t, ann.email) };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.lead.auth, payload: { name: 'Base registries', topics: ['open-data'], purpose: 'Registries that talk to each other.', visibility: 'open' } })
    ).json<{ id: string }>();
    expect((await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.ann.auth })).statusCode).toBeLessThan(300);
    for (const who of [s.lead, s.ann]) {
      const list = (await t.app.inject({ url: '/api/conversations', headers: who.auth })).json<ConversationList>();
      expect(list.items.filter((c) => c.title === 'Base registries')).toHaveLength(1);
    }
    // Renamed, the group's discussion follows.
    expect((await t.app.inject({ method: 'PATCH', url: `/api/groups/${group.id}`, headers: s.lead.auth, payload: { name: 'Base registries and X-Road' } })).statusCode).toBe(200);
    const renamed = (await t.app.inject({ url: '/api/conversations', headers: s.ann.auth })).json<ConversationList>();
    expect(renamed.items.map((c) => c.title)).toContain('Base registries and X-Road');
    expect(renamed.items.map((c) => c.title)).not.toContain('Base registries');
  });

  it('NOTIFYs its broadcasts for other API processes only once one has announced itself', async () => {
    const { conversation, s } = await room();
    const ann = await connect(s.ann);
    await join(ann, conversation.id);
    const listener = new PgClient({ connectionString: t.databaseUrl });
    await listener.connect();
    const published: Array<{ type: number; uid: string }> = [];
    listener.on('notification', (n) => published.push(JSON.parse(n.payload ?? '{}') as { type: number; uid: string }));
    await listener.query('LISTEN "socket.io#/"');
    try {
      const broadcasts = () => published.filter((m) => m.type === MessageType.BROADCAST);
      expect(await send(ann, conversation.id, 'Nobody else is listening')).toMatchObject({ ok: true });
      await new Promise((r) => setTimeout(r, 300));
      expect(broadcasts()).toEqual([]);
      // Another process starts: its first heartbeat; this one answers, and publishes from then on.
      await listener.query(`SELECT pg_notify('socket.io#/', $1)`, [JSON.stringify({ uid: 'another-process', nsp: '/', type: MessageType.INITIAL_HEARTBEAT })]);
      await until(() => published.some((m) => m.type === MessageType.HEARTBEAT));
      expect(await send(ann, conversation.id, 'Now someone is')).toMatchObject({ ok: true });
      await until(() => broadcasts().length > 0);
      expect(broadcasts()).toHaveLength(1);
    } finally {
      await listener.query(`SELECT pg_notify('socket.io#/', $1)`, [JSON.stringify({ uid: 'another-process', nsp: '/', type: MessageType.ADAPTER_CLOSE })]);
      await listener.end();
    }
  });

  it('survives the database dropping the live events\' LISTEN connection, and listens again', async () => {
    const listener = new PgClient({ connectionString: t.databaseUrl });
    await listener.connect();
    const heard: Array<{ type: number }> = [];
    listener.on('notification', (n) => heard.push(JSON.parse(n.payload ?? '{}') as { type: number }));
    await listener.query('LISTEN "socket.io#/"');
    try {
      // As a restart or a failover would: PostgreSQL ends the adapter's connections.
      const { rows } = await listener.query<{ ended: boolean }>(`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'peerhub-socket-adapter' AND datname = current_database()`);
      expect(rows.length).toBeGreaterThan(0);
      // Still serving, and listening again: another process's first heartbeat is answered.
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
      const start = Date.now();
      while (!heard.some((m) => m.type === MessageType.HEARTBEAT) && Date.now() - start < 10_000) {
        await listener.query(`SELECT pg_notify('socket.io#/', $1)`, [JSON.stringify({ uid: 'a-restarted-process', nsp: '/', type: MessageType.INITIAL_HEARTBEAT })]);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(heard.some((m) => m.type === MessageType.HEARTBEAT)).toBe(true);
    } finally {
      await listener.query(`SELECT pg_notify('socket.io#/', $1)`, [JSON.stringify({ uid: 'a-restarted-process', nsp: '/', type: MessageType.ADAPTER_CLOSE })]);
      await listener.end();
    }
  });
});

describe('mentions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('tells the people mentioned, and for @group everyone in the group but the author; never someone who cannot read', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { name: 'Lead', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const kadri = await makePerson(t.dataSource, { name: 'Kadri', memberships: [{ allianceId: alliance.id, role: 'expert' }] });
    const outsider = await makePerson(t.dataSource, { name: 'Outsider', memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), kadri: await signIn(t, kadri.email), outsider: await signIn(t, outsider.email) };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.lead.auth, payload: { name: 'Mentions', topics: ['open-data'], purpose: 'Checking who hears mentions.', visibility: 'open' } })
    ).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.kadri.auth });
    const conversation = (await t.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: s.lead.auth })).json<ConversationSummary>();
    const listen = async (signed: Signed) => {
      const socket = await connectSocket(t.baseUrl, signed.token);
      const got: string[] = [];
      socket.on('mention', (m) => got.push(m.message.body));
      return { socket, got };
    };
    const kadriSocket = await listen(s.kadri);
    const outsiderSocket = await listen(s.outsider);
    const leadSocket = await listen(s.lead);
    try {
      const post = (body: string) => t.app.inject({ method: 'POST', url: `/api/conversations/${conversation.id}/messages`, headers: s.lead.auth, payload: { clientId: randomUUID(), body } });
      await post(`@[Kadri](${kadri.id}) can you share the portal's licence?`);
      await post(`@[Outsider](${outsider.id}) you are not in this group`);
      await post('@group the workshop moves to Tashkent');
      await new Promise((r) => setTimeout(r, 300));
      expect(kadriSocket.got).toEqual([`@[Kadri](${kadri.id}) can you share the portal's licence?`, '@group the workshop moves to Tashkent']);
      expect(outsiderSocket.got).toEqual([]);
      expect(leadSocket.got).toEqual([]);
    } finally {
      [kadriSocket, outsiderSocket, leadSocket].forEach((l) => l.socket.close());
    }
  });
});

describe('catching up with changes and threads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('hands a reconnecting client the edits, deletions and reactions it missed, and tells everyone a thread grew', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const member = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    const s = { lead: await signIn(t, lead.email), member: await signIn(t, member.email) };
    const group = (
      await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.lead.auth, payload: { name: 'Catch-up', topics: ['open-data'], purpose: 'Checking catch-up of changes.', visibility: 'open' } })
    ).json<{ id: string }>();
    await t.app.inject({ method: 'POST', url: `/api/groups/${group.id}/join`, headers: s.member.auth });
    const conversation = (await t.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: s.member.auth })).json<ConversationSummary>();
    expect(conversation).toMatchObject({ allianceId: alliance.id, canPost: true, canModerate: false });
    expect((await t.app.inject({ url: `/api/conversations/${conversation.id}`, headers: s.lead.auth })).json<ConversationSummary>()).toMatchObject({ canModerate: true });

    const post = (body: string, parentId?: string) =>
      t.app.inject({ method: 'POST', url: `/api/conversations/${conversation.id}/messages`, headers: s.lead.auth, payload: { clientId: randomUUID(), body, ...(parentId ? { parentId } : {}) } }).then((r) => r.json<Message>());
    const first = await post('First version');
    const second = await post('Will be deleted');
    const heardAt = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await t.app.inject({ method: 'PATCH', url: `/api/messages/${first.id}`, headers: s.lead.auth, payload: { body: 'Second version' } });
    await t.app.inject({ method: 'DELETE', url: `/api/messages/${second.id}`, headers: s.lead.auth });

    const socket = await connectSocket(t.baseUrl, s.member.token);
    try {
      const caught = (await socket.emitWithAck('conversation:join', { conversationId: conversation.id, afterSeq: second.seq, changedSince: heardAt })) as { ok: true; value: HistoryPage };
      expect(caught.value.items).toEqual([]);
      expect(caught.value.changed.map((m) => [m.seq, m.body, m.deletedAt !== null])).toEqual([
        [1, 'Second version', false],
        [2, '', true],
      ]);
      const threadGrew = new Promise<Message>((resolve) => socket.on('message:updated', resolve));
      await post('A reply', first.id);
      expect(await threadGrew).toMatchObject({ id: first.id, replyCount: 1 });
    } finally {
      socket.close();
    }
  });
});
