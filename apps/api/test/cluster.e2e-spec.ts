import { randomUUID } from 'node:crypto';
import type { ConversationSummary, Message, SessionResponse } from '@peerhub/contracts';
import { Client as PgClient } from 'pg';
import { io } from 'socket.io-client';
import { UPSTREAM_COOKIE } from '../src/cluster/sticky-proxy';
import { distIsStale, startApiProcess, startCluster, startRedis, waitFor, type ApiProcess, type ClusterProcess, type RedisServer } from './api-processes';
import { makeAlliance, makePerson, PASSWORD } from './factories';
import { connectSocket, type Client } from './sockets';
import { createTestDatabase, createTestAppOn } from './test-app';

const JWT_SECRET = 'cluster-test-secret-that-is-long-enough-0123456789';

/**
 * Two API processes (`node dist/main.js`, each its own OS process with its own HTTP and socket.io
 * server) on one database: a live message sent through one reaches a client connected to the other
 * only through the adapter — PostgreSQL's by default, Redis's when REDIS_URL is set.
 */
describe.each([
  { engine: 'postgres' as const },
  { engine: 'redis' as const },
])('two API processes sharing live events through $engine', ({ engine }) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let redis: RedisServer | null = null;
  let processes: ApiProcess[] = [];
  const sockets: Client[] = [];
  let missing: string | null = null;

  beforeAll(async () => {
    if (distIsStale()) throw new Error('apps/api/dist is older than src: run `npm run build -w @peerhub/api` (npm test does it) before this test');
    if (engine === 'redis') {
      redis = await startRedis();
      // CI installs redis-server (.ci/run); a developer machine without it is told, not silently passed.
      if (!redis) {
        missing = 'redis-server is not installed (apt-get install redis-server)';
        if (process.env.CI) throw new Error(missing);
        console.warn(`skipping the Redis adapter test: ${missing}`);
        return;
      }
    }
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, JWT_SECRET, JOBS_POLL_SECONDS: '30', ...(redis ? { REDIS_URL: redis.url } : {}) };
    processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(processes.map((p) => p.stop()));
    await redis?.stop();
    await database?.drop();
  });

  async function post<T>(base: string, path: string, token: string | null, body: unknown): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  }

  it('delivers a message sent through one process to a client of the other, both ways, once each', async () => {
    if (missing) return;
    const [first, second] = processes as [ApiProcess, ApiProcess];
    // Fixtures straight into the database (an in-process app only for its repositories).
    const fixtures = await createTestAppOn(database.url, { JWT_SECRET });
    const alliance = await makeAlliance(fixtures.dataSource);
    const lead = await makePerson(fixtures.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const reader = await makePerson(fixtures.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    await fixtures.app.close();

    const leadToken = (await post<SessionResponse>(first.baseUrl, '/api/auth/login', null, { email: lead.email, password: PASSWORD })).accessToken;
    const readerToken = (await post<SessionResponse>(second.baseUrl, '/api/auth/login', null, { email: reader.email, password: PASSWORD })).accessToken;
    const group = await post<{ id: string }>(first.baseUrl, `/api/alliances/${alliance.id}/groups`, leadToken, {
      name: `Across ${engine}`,
      topics: ['open-data'],
      purpose: 'Checking that live events cross API processes.',
      visibility: 'open',
    });
    await post(second.baseUrl, `/api/groups/${group.id}/join`, readerToken, {});
    const conversation = (await (await fetch(`${first.baseUrl}/api/groups/${group.id}/conversation`, { headers: { authorization: `Bearer ${leadToken}` } })).json()) as ConversationSummary;

    const leadSocket = await connectSocket(first.baseUrl, leadToken);
    const readerSocket = await connectSocket(second.baseUrl, readerToken);
    sockets.push(leadSocket, readerSocket);
    for (const socket of [leadSocket, readerSocket]) expect(await socket.emitWithAck('conversation:join', { conversationId: conversation.id })).toMatchObject({ ok: true });
    const toReader: Message[] = [];
    const toLead: Message[] = [];
    readerSocket.on('message:new', (m) => toReader.push(m));
    leadSocket.on('message:new', (m) => toLead.push(m));

    expect(await leadSocket.emitWithAck('message:send', { conversationId: conversation.id, clientId: randomUUID(), body: 'From the first process' })).toMatchObject({ ok: true });
    expect(await readerSocket.emitWithAck('message:send', { conversationId: conversation.id, clientId: randomUUID(), body: 'From the second process' })).toMatchObject({ ok: true });
    const start = Date.now();
    while ((toReader.length < 2 || toLead.length < 2) && Date.now() - start < 10_000) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 200));
    expect(toReader.map((m) => [m.seq, m.body])).toEqual([[1, 'From the first process'], [2, 'From the second process']]);
    expect(toLead.map((m) => [m.seq, m.body])).toEqual([[1, 'From the first process'], [2, 'From the second process']]);
  });
});

/**
 * `npm run start:cluster` for real: the launcher, its sticky proxy and two API processes on one
 * database. Clients pin a process with the proxy's cookie, as a browser's polling transport would.
 */
describe('npm run start:cluster: two API processes behind the proxy', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let cluster: ClusterProcess;
  let db: PgClient;
  const sockets: Client[] = [];

  beforeAll(async () => {
    if (distIsStale()) throw new Error('apps/api/dist is older than src: run `npm run build -w @peerhub/api` before this test');
    database = await createTestDatabase();
    cluster = await startCluster({ DATABASE_URL: database.url, JWT_SECRET, JOBS_POLL_SECONDS: '0.5', SEED_DEMO: 'false' }, 2);
    db = new PgClient({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await db?.end();
    await cluster?.stop();
    await database?.drop();
  });

  async function call<T>(path: string, token: string | null, method = 'POST', body: unknown = {}): Promise<T> {
    const response = await fetch(`${cluster.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: method === 'GET' ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  }
  const login = async (email: string) => (await call<SessionResponse>('/api/auth/login', null, 'POST', { email, password: PASSWORD })).accessToken;

  /** A socket through the proxy, pinned to one process slot (a dead slot's cookie lands on a live process). */
  async function connectPinned(token: string, slot: number): Promise<Client> {
    for (let attempt = 0; ; attempt++) {
      const socket: Client = io(cluster.baseUrl, { path: '/socket.io', transports: ['websocket'], auth: { token }, extraHeaders: { cookie: `${UPSTREAM_COOKIE}=${slot}` }, reconnection: false, forceNew: true });
      const admitted = await new Promise<boolean>((resolve) => {
        socket.once('session:welcome', () => resolve(true));
        socket.once('connect_error', () => resolve(false));
      });
      if (admitted) {
        sockets.push(socket);
        return socket;
      }
      socket.close();
      if (attempt >= 50) throw new Error(`could not connect through the proxy to slot ${slot}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function fixtures() {
    const app = await createTestAppOn(database.url, { JWT_SECRET, JOBS_POLL_SECONDS: '60' });
    try {
      const alliance = await makeAlliance(app.dataSource);
      const lead = await makePerson(app.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
      const members = await Promise.all([0, 1].map(() => makePerson(app.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] })));
      return { alliance, lead, members };
    } finally {
      await app.close();
    }
  }

  it('runs a scheduled reminder once, though both processes work the queue', async () => {
    const { alliance, lead, members } = await fixtures();
    const leadToken = await login(lead.email);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    const exchange = await call<{ id: string }>('/api/exchanges', leadToken, 'POST', {
      allianceId: alliance.id, type: 'webinar', title: 'Reminder across processes', hostCountry: 'KZ', format: 'online', meetingUrl: 'https://meet.example.org/c',
      startsAt: inTwoDays.toISOString(), endsAt: new Date(inTwoDays.getTime() + 3_600_000).toISOString(), timezone: 'Asia/Almaty',
    });
    await call(`/api/exchanges/${exchange.id}/status`, leadToken, 'PUT', { status: 'published' });
    for (const member of members) await call(`/api/exchanges/${exchange.id}/registration`, await login(member.email), 'PUT', { answer: 'going' });
    // Moving it within a day makes its reminder due now: whichever process polls first takes it.
    const soon = new Date(Date.now() + 3_600_000);
    await call(`/api/exchanges/${exchange.id}`, leadToken, 'PATCH', { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() });

    const reminders = async () =>
      (await db.query<{ recipient: string }>(`SELECT recipient FROM mail_outbox WHERE kind = 'exchange-reminder' AND recipient = ANY($1)`, [members.map((m) => m.email)])).rows.map((r) => r.recipient);
    await waitFor(async () => (await reminders()).length >= members.length, 'the reminders');
    // Both processes poll every 0.5 s: wait until the pg-boss job is completed, then count again.
    await waitFor(async () => (await db.query(`SELECT 1 FROM pgboss.job WHERE name = 'exchange-reminder' AND state = 'completed'`)).rowCount === 1, 'the reminder job to complete');
    expect((await reminders()).sort()).toEqual(members.map((m) => m.email).sort());
  });

  it('loses no acknowledged message when a process is killed: its clients reconnect to the other and catch up from their last seq', async () => {
    const { alliance, lead, members } = await fixtures();
    const [member] = members as [(typeof members)[0]];
    const leadToken = await login(lead.email);
    const memberToken = await login(member.email);
    const group = await call<{ id: string }>(`/api/alliances/${alliance.id}/groups`, leadToken, 'POST', { name: 'Survives a crash', topics: ['open-data'], purpose: 'Checking that a killed process loses nothing.', visibility: 'open' });
    await call(`/api/groups/${group.id}/join`, memberToken);
    const conversation = await call<ConversationSummary>(`/api/groups/${group.id}/conversation`, leadToken, 'GET');
    const victimPid = cluster.pids().get(1);
    expect(victimPid).toBeDefined();

    // The lead writes through slot 0 (survives); the member reads and writes through slot 1 (killed).
    const lead0 = await connectPinned(leadToken, 0);
    let member1 = await connectPinned(memberToken, 1);
    const received = new Map<number, Message>();
    const listen = (socket: Client) => socket.on('message:new', (m) => void received.set(m.seq, m));
    const join = async (socket: Client) => {
      const ack = await socket.emitWithAck('conversation:join', { conversationId: conversation.id, afterSeq: Math.max(0, ...received.keys()) });
      if (!ack.ok) throw new Error(`join refused: ${ack.error.message}`);
      for (const m of ack.value.items) received.set(m.seq, m);
    };
    listen(member1);
    await join(member1);
    expect(await lead0.emitWithAck('conversation:join', { conversationId: conversation.id })).toMatchObject({ ok: true });

    const acknowledged: Message[] = [];
    /** Sends until acknowledged, reconnecting (same clientId: the server stores it once) when the process is gone. */
    const send = async (author: 'lead' | 'member', body: string) => {
      const clientId = randomUUID();
      for (let attempt = 0; attempt < 20; attempt++) {
        const socket = author === 'lead' ? lead0 : member1;
        if (socket.connected) {
          const ack = await socket.timeout(2_000).emitWithAck('message:send', { conversationId: conversation.id, clientId, body }).catch(() => null);
          if (ack?.ok) return void acknowledged.push(ack.value);
        }
        if (author === 'member' && !member1.connected) {
          member1 = await connectPinned(memberToken, 1);
          listen(member1);
          await join(member1);
        }
      }
      throw new Error(`${body} was never acknowledged`);
    };

    for (let i = 1; i <= 10; i++) {
      await send('lead', `lead ${i}`);
      await send('member', `member ${i}`);
      if (i === 5) {
        process.kill(victimPid!, 'SIGKILL');
        await waitFor(async () => {
          try {
            process.kill(victimPid!, 0);
            return false;
          } catch {
            return true;
          }
        }, 'the killed process to be gone');
      }
    }
    expect(acknowledged).toHaveLength(20);
    // The member's latest socket lives on the surviving process (slot 1 was dead or restarted after a fresh join).
    const last = Math.max(...acknowledged.map((m) => m.seq));
    await waitFor(async () => received.has(last), 'the member to hold the last message');
    const seqs = [...received.keys()].sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    for (const m of acknowledged) expect(received.get(m.seq)?.body).toBe(m.body);
    // Stored once each: retries after the crash did not duplicate anything.
    const stored = await db.query<{ body: string }>('SELECT body FROM message WHERE conversation_id = $1 ORDER BY seq', [conversation.id]);
    expect(stored.rows.map((r) => r.body).sort()).toEqual(acknowledged.map((m) => m.body).sort());
  });
});
