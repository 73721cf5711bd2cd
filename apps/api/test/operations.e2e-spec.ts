import { randomUUID } from 'node:crypto';
import type { ConversationSummary, SessionResponse } from '@peerhub/contracts';
import type { FastifyReply } from 'fastify';
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { HealthController } from '../src/health/health.controller';
import { distIsStale, runApiProcessToExit, startApiProcess, type ApiProcess } from './api-processes';
import { makeAlliance, makePerson, PASSWORD, signIn } from './factories';
import { connectSocket } from './sockets';
import { createTestApp, createTestAppOn, createTestDatabase, type TestApp } from './test-app';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';
const JWT_SECRET = 'operations-test-secret-that-is-long-enough-0123';

async function withClient<T>(url: string, run: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('/api/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN });
  });
  afterAll(() => t.close());

  it('does not exist without METRICS_TOKEN', async () => {
    const plain = await createTestAppOn(t.databaseUrl);
    try {
      expect((await plain.app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).statusCode).toBe(404);
    } finally {
      await plain.app.close();
    }
  });

  it('refuses a missing or wrong token, and a person’s access token', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const person = await signIn(t, (await makePerson(t.dataSource, { platformRole: 'admin', memberships: [{ allianceId: alliance.id, role: 'coordinator' }] })).email);
    expect((await t.app.inject({ url: '/api/metrics' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/metrics', headers: person.auth })).statusCode).toBe(401);
  });

  it('reports request latency per route pattern, live connections, chat messages, job queues and the pool', async () => {
    const alliance = await makeAlliance(t.dataSource);
    const lead = await makePerson(t.dataSource, { memberships: [{ allianceId: alliance.id, role: 'coordinator' }] });
    const s = await signIn(t, lead.email);
    const group = (await t.app.inject({ method: 'POST', url: `/api/alliances/${alliance.id}/groups`, headers: s.auth, payload: { name: 'Metered', topics: ['open-data'], purpose: 'Counting messages for the metrics.', visibility: 'open' } })).json<{ id: string }>();
    const conversation = (await t.app.inject({ url: `/api/groups/${group.id}/conversation`, headers: s.auth })).json<ConversationSummary>();
    const socket = await connectSocket(t.baseUrl, s.token);
    try {
      expect(await socket.emitWithAck('conversation:join', { conversationId: conversation.id })).toMatchObject({ ok: true });
      const delivered = new Promise((resolve) => socket.once('message:new', resolve));
      expect(await socket.emitWithAck('message:send', { conversationId: conversation.id, clientId: randomUUID(), body: 'counted' })).toMatchObject({ ok: true });
      await delivered;
      await t.app.inject({ url: `/api/groups/${group.id}`, headers: s.auth });

      const response = await t.app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/plain');
      const text = response.body;
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
      // The route's pattern, not the URL with its id.
      expect(text).toMatch(/peerhub_http_request_duration_seconds_count\{method="GET",route="\/api\/groups\/:id",status="200"\} 1/);
      expect(text).not.toContain(group.id);
      expect(value(/^peerhub_live_connections (\d+)/m)).toBe(1);
      expect(value(/^peerhub_chat_messages_sent_total (\d+)/m)).toBe(1);
      expect(value(/^peerhub_chat_messages_delivered_total (\d+)/m)).toBe(1);
      expect(text).toMatch(/^peerhub_job_queue_depth\{queue="exchange-reminder"\} \d+/m);
      expect(value(/^peerhub_db_pool_connections\{state="total"\} (\d+)/m)).toBeGreaterThan(0);
      expect(value(/^peerhub_db_pool_max (\d+)/m)).toBe(10);
    } finally {
      socket.close();
    }
  });
});

describe('/api/health/ready', () => {
  it('answers 503 while a migration is pending, and 200 once it is applied', async () => {
    const t = await createTestApp();
    try {
      expect((await t.app.inject({ url: '/api/health/ready' })).json()).toEqual({ status: 'ready', database: 'up', migrations: 'applied', draining: false });
      const [last] = await t.dataSource.query<Array<{ name: string; timestamp: string }>>('SELECT name, timestamp FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1');
      await t.dataSource.query('DELETE FROM typeorm_migrations WHERE name = $1', [last!.name]);
      const pending = await t.app.inject({ url: '/api/health/ready' });
      expect(pending.statusCode).toBe(503);
      expect(pending.json()).toMatchObject({ status: 'not-ready', migrations: 'pending' });
      // Liveness stays green: the process is fine, it must not be restarted for this.
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await t.dataSource.query('INSERT INTO typeorm_migrations (timestamp, name) VALUES ($1, $2)', [last!.timestamp, last!.name]);
      expect((await t.app.inject({ url: '/api/health/ready' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('answers 503 when the database is unreachable', async () => {
    // The controller on a data source whose queries fail as an unreachable server's do.
    const unreachable = { query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) } as unknown as DataSource;
    const reply = { statusCode: 200, status(code: number) { this.statusCode = code; return this; } };
    const answer = await new HealthController(unreachable).ready(reply as unknown as FastifyReply);
    expect(reply.statusCode).toBe(503);
    expect(answer).toEqual({ status: 'not-ready', database: 'down', migrations: 'unknown', draining: false });
  });

  it('answers 503 once the process is shutting down', async () => {
    const t = await createTestApp();
    try {
      t.app.get(HealthController).beforeApplicationShutdown();
      expect((await t.app.inject({ url: '/api/health/ready' })).json()).toMatchObject({ status: 'not-ready', draining: true });
    } finally {
      await t.close();
    }
  });
});

describe('a real API process', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    if (distIsStale()) throw new Error('apps/api/dist is older than src: run `npm run build -w @peerhub/api` before this test');
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('logs JSON lines with the request id and the person id, never a password, token or cookie', async () => {
    const fixtures = await createTestAppOn(database.url, { JWT_SECRET });
    const alliance = await makeAlliance(fixtures.dataSource);
    const person = await makePerson(fixtures.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    await fixtures.app.close();

    const api = await startApiProcess({ DATABASE_URL: database.url, JWT_SECRET, LOG_LEVEL: 'info' });
    try {
      const login = await fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: person.email, password: PASSWORD }) });
      expect(login.status).toBe(200);
      const session = (await login.json()) as SessionResponse;
      const refreshCookie = login.headers.getSetCookie().find((c) => c.includes('refresh'))?.split(';')[0] ?? '';
      expect(refreshCookie).not.toBe('');
      const requestId = randomUUID();
      const me = await fetch(`${api.baseUrl}/api/me`, { headers: { authorization: `Bearer ${session.accessToken}`, cookie: refreshCookie, 'x-request-id': requestId } });
      expect(me.status).toBe(200);
      await api.stop();

      const lines = api.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      const completed = lines.find((l) => l.reqId === requestId && l.msg === 'request completed');
      expect(completed).toMatchObject({ reqId: requestId, personId: person.id });
      const everything = api.output();
      expect(everything).not.toContain(PASSWORD);
      expect(everything).not.toContain(session.accessToken);
      expect(everything).not.toContain(refreshCookie.split('=')[1]);
    } finally {
      await api.stop();
    }
  });

  it('stops gracefully on SIGTERM: not ready, live connections closed, exit code 0', async () => {
    const fixtures = await createTestAppOn(database.url, { JWT_SECRET });
    const alliance = await makeAlliance(fixtures.dataSource);
    const person = await makePerson(fixtures.dataSource, { memberships: [{ allianceId: alliance.id, role: 'member' }] });
    await fixtures.app.close();

    const api: ApiProcess = await startApiProcess({ DATABASE_URL: database.url, JWT_SECRET, LOG_LEVEL: 'info' });
    const session = (await (await fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: person.email, password: PASSWORD }) })).json()) as SessionResponse;
    const socket = await connectSocket(api.baseUrl, session.accessToken);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    api.kill('SIGTERM');
    // The transport closed, not an explicit disconnect: socket.io clients reconnect by themselves
    // (to another process behind the proxy) and catch up from their last seq.
    expect(await closed).toBe('transport close');
    const code = await api.exited;
    if (code !== 0) console.log(api.output());
    expect(code).toBe(0);
    expect(api.output()).toContain('SIGTERM: stopping');
    expect(api.output()).toContain('Stopped.');
    await expect(fetch(`${api.baseUrl}/api/health`)).rejects.toThrow();
  });

  it('refuses to start on a database migrated by a newer release, naming the unknown migration', async () => {
    const ahead = await createTestDatabase();
    try {
      await withClient(ahead.url, (c) => c.query(`INSERT INTO typeorm_migrations (timestamp, name) VALUES (9999999999999, 'FromTheFuture9999999999999')`));
      const run = await runApiProcessToExit({ DATABASE_URL: ahead.url, JWT_SECRET });
      expect(run.code).toBe(1);
      expect(run.output).toContain('migrated by a newer release');
      expect(run.output).toContain('FromTheFuture9999999999999');
      // Nothing was changed: the unknown row is still there, no process kept running.
      const rows = await withClient(ahead.url, (c) => c.query(`SELECT 1 FROM typeorm_migrations WHERE name = 'FromTheFuture9999999999999'`));
      expect(rows.rowCount).toBe(1);
    } finally {
      await ahead.drop();
    }
  });
});

