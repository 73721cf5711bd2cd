import { randomUUID } from 'node:crypto';
import type { ConversationSummary, Message, SessionResponse } from '@peerhub/contracts';
import { distIsStale, startApiProcess, startRedis, type ApiProcess, type RedisServer } from './api-processes';
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
