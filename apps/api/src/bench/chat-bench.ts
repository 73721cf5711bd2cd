/**
 * `npm run bench:chat`: the live chat under load, compared with a bare socket.io + INSERT server.
 *
 * Starts the built API on a fresh embedded PostgreSQL, creates N people in G peer groups, signs
 * them in, connects them, has every client send at a fixed rate for a fixed time, and measures
 * delivered messages per second, send-to-receive latency (p50, p99), lost and duplicated
 * deliveries. Then the same load on the bare server; BENCH_RUNS times each, alternating. Writes
 * the figures and their medians to docs/performance.md.
 *
 * Options (env): BENCH_CLIENTS (500), BENCH_GROUPS (50), BENCH_RATE (total messages/s, 100),
 * BENCH_SECONDS (20), BENCH_RUNS (3); REDIS_URL (live events through Redis instead of
 * PostgreSQL); BENCH_SEPARATE=0 runs the servers in this process instead of their own
 * (server-process.ts).
 *
 * For finding where a tail comes from: BENCH_TIMELINE=1 prints, second by second (of delivery;
 * of sending with BENCH_TIMELINE=sent), the p50, p99 and worst latency, and for Peerhub the load
 * generator's event loop utilisation and longest stall (and, with BENCH_SEPARATE=0, the queries
 * waiting for a pool connection); BENCH_SQL runs statements (separated by ";;") on each fresh
 * database before the run (e.g. ALTER SYSTEM SET log_min_duration_statement = 30;;SELECT
 * pg_reload_conf()), BENCH_SQL_AFTER prints what statements answer after Peerhub's run (e.g. from
 * pg_stat_user_tables), BENCH_PG_LOG=1 prints PostgreSQL's log; server-process.ts has the options
 * for the server's process (Node flags, its output). A run with any of these options (or
 * BENCH_SEPARATE) prints its figures without writing them to docs/performance.md.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { io, type Socket } from 'socket.io-client';
import { findRepoRoot } from '../config/find-root';
import { loadConfig } from '../config/config.schema';
import { createApp } from '../create-app';
import { runMigrations } from '../database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';
import { startBareChatServer } from './bare-chat-server';
import { startServerProcess } from './server-process';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DRAIN_MS = 3000;
/** Each server in a process of its own, the clients alone in this one, unless BENCH_SEPARATE=0. */
const SEPARATE = process.env.BENCH_SEPARATE !== '0';

interface Figures {
  sent: number;
  acked: number;
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  perSecond: number;
  p50: number;
  p99: number;
}

interface Participant {
  socket: Socket;
  room: string;
  /** Sends message number `n` (carried in its body with the time it was sent). */
  sendOne: (n: number) => Promise<void>;
}

/** A message's body: when it was sent, and its number in the run. */
const bodyOf = (n: number) => `${clock()} ${n} hello`;

/**
 * What the clients received, kept without allocating per delivery: a byte per (message, client)
 * marks a delivery, so a second one is a duplicate. The load generator's own garbage collections
 * had shown up in both servers' tails, more in Peerhub's (its messages are larger); a map keyed by
 * message and socket grew by 80,000 strings a run.
 */
class Deliveries {
  private readonly seen: Uint8Array;
  delivered = 0;
  duplicated = 0;
  lastAt = 0;
  readonly latencies: number[] = [];
  /** When each delivery happened (or, with BENCH_TIMELINE=sent, when its message was sent), for the timeline. */
  readonly times: number[] = [];

  constructor(private readonly clients: number) {
    this.seen = new Uint8Array(clients * (Math.ceil(RATE * SECONDS) + RATE));
  }

  record(client: number, body: string): void {
    const now = clock();
    const space = body.indexOf(' ');
    const sentAt = Number(body.slice(0, space));
    const slot = Number.parseInt(body.slice(space + 1), 10) * this.clients + client;
    this.lastAt = now;
    if (this.seen[slot]) {
      this.duplicated++;
      return;
    }
    this.seen[slot] = 1;
    this.delivered++;
    this.latencies.push(now - sentAt);
    this.times.push(process.env.BENCH_TIMELINE === 'sent' ? sentAt : now);
  }
}

/**
 * Milliseconds since the epoch to a thousandth: the clients that send and those that receive live
 * in this one process, so the send time in a message's body and the delivery time come from the
 * same clock, finer than Date.now()'s whole milliseconds (a 1 ms step was a fifth of a p99).
 */
const clock = () => performance.timeOrigin + performance.now();
const tenths = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the fixed-rate load; `receivers` is how many sockets should receive a message of each room. */
async function load(participants: Participant[], receivers: Map<string, number>, deliveries: Deliveries): Promise<Figures> {
  let sent = 0;
  let acked = 0;
  let expected = 0;
  const interval = 1000 / RATE;
  const started = Date.now();
  const pending: Promise<void>[] = [];
  let i = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.floor((Date.now() - started) / interval);
      while (sent < due && Date.now() - started < SECONDS * 1000) {
        const p = participants[i++ % participants.length]!;
        expected += receivers.get(p.room) ?? 0;
        pending.push(p.sendOne(sent).then(() => void acked++, () => undefined));
        sent++;
      }
      if (Date.now() - started >= SECONDS * 1000) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, DRAIN_MS));
  // A sorted copy: the timeline pairs latencies with their times in arrival order.
  const sorted = [...deliveries.latencies].sort((a, b) => a - b);
  return {
    sent,
    acked,
    expected,
    delivered: deliveries.delivered,
    lost: Math.max(0, expected - deliveries.delivered),
    duplicated: deliveries.duplicated,
    // Throughput over the time it really took, from the first send to the last delivery: a server
    // that falls behind and delivers late is not credited for the late part.
    perSecond: Math.round(deliveries.delivered / (Math.max(deliveries.lastAt - started, SECONDS * 1000) / 1000)),
    p50: tenths(percentile(sorted, 50)),
    p99: tenths(percentile(sorted, 99)),
  };
}

/** BENCH_TIMELINE=1: each second of the run, its deliveries' p50, p99 and worst latency, to find what a tail coincides with. */
function printTimeline(at: number[], latencies: number[]): void {
  const start = at.reduce((a, b) => Math.min(a, b), Infinity);
  const bySecond = new Map<number, number[]>();
  at.forEach((t, i) => {
    const second = Math.floor((t - start) / 1000);
    bySecond.set(second, [...(bySecond.get(second) ?? []), latencies[i] ?? 0]);
  });
  const seconds = [...bySecond.entries()].sort(([a], [b]) => a - b);
  console.log(
    `latency per second from ${new Date(start).toISOString()} (ms), p50/p99/worst:`,
    seconds.map(([s, values]) => (values.sort((a, b) => a - b), `${s}:${tenths(percentile(values, 50))}/${tenths(percentile(values, 99))}/${tenths(values.at(-1) ?? 0)}`)).join(' '),
  );
}

async function connectAll<T>(count: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += 50) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(50, count - start) }, (_, k) => make(start + k)))));
  }
  return out;
}

async function benchPeerhub(databaseUrl: string): Promise<Figures> {
  const port = 3900;
  const appStartedAt = Date.now();
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl, JWT_SECRET: randomUUID() + randomUUID(), PUBLIC_URL: `http://127.0.0.1:${port}`, SEED_DEMO: 'false', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) };
  const app = SEPARATE ? null : await createApp(loadConfig(env), databaseUrl);
  const server = SEPARATE
    ? await startServerProcess('main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' }, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
    : null;
  await app?.listen({ port, host: '127.0.0.1' });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const passwordHash = await hash('bench-password', { algorithm: 2 });
    const [{ id: allianceId }] = (await db.query<{ id: string }>(`INSERT INTO alliance (name, theme, launch_year) VALUES ('Bench alliance', 'bench', 2026) RETURNING id`)).rows as [{ id: string }];
    const groupIds: string[] = [];
    const conversationIds: string[] = [];
    for (let g = 0; g < GROUPS; g++) {
      const { rows } = await db.query<{ id: string }>(`INSERT INTO peer_group (alliance_id, name, purpose, visibility, topics) VALUES ($1, $2, 'bench', 'open', '{open-data}') RETURNING id`, [allianceId, `Bench group ${g}`]);
      groupIds.push(rows[0]!.id);
      const c = await db.query<{ id: string }>(`INSERT INTO conversation (kind, group_id, title) VALUES ('group', $1, $2) RETURNING id`, [rows[0]!.id, `Bench group ${g}`]);
      conversationIds.push(c.rows[0]!.id);
    }
    const people: Array<{ email: string; conversationId: string }> = [];
    for (let n = 0; n < CLIENTS; n++) {
      const email = `bench-${n}@bench.test`;
      const { rows } = await db.query<{ id: string }>(`INSERT INTO person (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, `Bench ${n}`, passwordHash]);
      await db.query(`INSERT INTO alliance_membership (alliance_id, person_id, role) VALUES ($1, $2, 'member')`, [allianceId, rows[0]!.id]);
      await db.query(`INSERT INTO group_membership (group_id, person_id, role, state) VALUES ($1, $2, 'member', 'active')`, [groupIds[n % GROUPS], rows[0]!.id]);
      people.push({ email, conversationId: conversationIds[n % GROUPS]! });
    }
    const deliveries = new Deliveries(CLIENTS);
    const receivers = new Map<string, number>();
    const participants = await connectAll(CLIENTS, async (n) => {
      const person = people[n]!;
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: person.email, password: 'bench-password' }) });
      const { accessToken } = (await response.json()) as { accessToken: string };
      const socket = io(`http://127.0.0.1:${port}`, { path: '/socket.io', transports: ['websocket'], auth: { token: accessToken }, reconnection: false });
      await new Promise((resolve) => socket.on('session:welcome', resolve));
      const joined = (await socket.emitWithAck('conversation:join', { conversationId: person.conversationId })) as { ok: boolean };
      if (!joined.ok) throw new Error('join failed');
      receivers.set(person.conversationId, (receivers.get(person.conversationId) ?? 0) + 1);
      socket.on('message:new', (m: { body: string }) => deliveries.record(n, m.body));
      return {
        socket,
        room: person.conversationId,
        sendOne: async (k) => {
          const r = (await socket.emitWithAck('message:send', { conversationId: person.conversationId, clientId: randomUUID(), body: bodyOf(k) })) as { ok: boolean };
          if (!r.ok) throw new Error('send refused');
        },
      } satisfies Participant;
    });
    const utilisation: string[] = [];
    const poolWaiting: number[] = [];
    // In the same process only: the API's connection pool, to see queries queue for a connection.
    const pool = app ? (app.get(DataSource).driver as unknown as { master: { waitingCount: number } }).master : { waitingCount: NaN };
    const stalls: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let last = performance.eventLoopUtilization();
    const sampler = setInterval(() => {
      const now = performance.eventLoopUtilization();
      utilisation.push(performance.eventLoopUtilization(now, last).utilization.toFixed(2));
      last = now;
      stalls.push(Math.round(delay.max / 1e6));
      delay.reset();
    }, 1000);
    const poolSampler = setInterval(() => poolWaiting.push(pool.waitingCount), 50);
    const figures = await load(participants, receivers, deliveries);
    for (const statement of process.env.BENCH_SQL_AFTER?.split(';;') ?? []) console.table((await db.query(statement)).rows);
    clearInterval(sampler);
    clearInterval(poolSampler);
    if (process.env.BENCH_TIMELINE) {
      printTimeline(deliveries.times, deliveries.latencies);
      console.log(`first delivery ${(((deliveries.times[0] ?? 0) - appStartedAt) / 1000).toFixed(1)} s after the API started`);
      console.log('event loop utilisation per second:', utilisation.join(' '));
      console.log('longest event loop stall per second (ms):', stalls.join(' '));
      console.log('queries waiting for a pool connection, max per second:', Array.from({ length: Math.ceil(poolWaiting.length / 20) }, (_, i) => Math.max(...poolWaiting.slice(i * 20, i * 20 + 20))).join(' '));
    }
    participants.forEach((p) => p.socket.close());
    return figures;
  } finally {
    await db.end();
    await app?.close();
    await server?.stop();
  }
}

async function benchBare(databaseUrl: string): Promise<Figures> {
  const port = 3901;
  const server = SEPARATE
    ? await startServerProcess('bench/bare-chat-main.js', { DATABASE_URL: databaseUrl, PORT: String(port) }, (output) => output.includes('ready'))
    : await startBareChatServer(databaseUrl, port);
  const deliveries = new Deliveries(CLIENTS);
  const receivers = new Map<string, number>();
  const participants = await connectAll(CLIENTS, async (n) => {
    const room = `room-${n % GROUPS}`;
    const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    await socket.emitWithAck('join', room);
    receivers.set(room, (receivers.get(room) ?? 0) + 1);
    socket.on('new', (m: { body: string }) => deliveries.record(n, m.body));
    return { socket, room, sendOne: async (k) => void (await socket.emitWithAck('send', { room, clientId: randomUUID(), body: bodyOf(k) })) } satisfies Participant;
  });
  const figures = await load(participants, receivers, deliveries);
  if (process.env.BENCH_TIMELINE) printTimeline(deliveries.times, deliveries.latencies);
  participants.forEach((p) => p.socket.close());
  await ('stop' in server ? server.stop() : server.close());
  return figures;
}

/** Runs of each server, alternating, each on a fresh database: one run's p99 swings with the machine's hiccups. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Options that change what is measured (or slow it down): such a run prints its figures but does not write them down. */
const DIAGNOSING = ['BENCH_SQL', 'BENCH_SQL_AFTER', 'BENCH_PG_LOG', 'BENCH_TIMELINE', 'BENCH_SERVER_NODE_FLAGS', 'BENCH_SEPARATE'].filter((name) => process.env[name] !== undefined);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function freshDatabase(pg: Awaited<ReturnType<typeof startEmbeddedPostgres>>, name: string): Promise<string> {
  await ensureDatabase(pg.url('postgres'), name);
  const url = pg.url(name);
  await runMigrations(url);
  if (process.env.BENCH_SQL) {
    const c = new Client({ connectionString: url });
    await c.connect();
    for (const statement of process.env.BENCH_SQL.split(';;')) await c.query(statement);
    await c.end();
  }
  return url;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'peerhub-bench-'));
  const pg = await startEmbeddedPostgres(dir, process.env.BENCH_PG_LOG ? { log: (line) => console.log('[pg]', line) } : {});
  try {
    console.log(`chat benchmark: ${CLIENTS} clients in ${GROUPS} groups, ${RATE} messages/s for ${SECONDS} s, ${RUNS} run(s) of each server`);
    const runs: Array<{ peerhub: Figures; bare: Figures }> = [];
    for (let run = 1; run <= RUNS; run++) {
      const peerhub = await benchPeerhub(await freshDatabase(pg, `bench_${run}`));
      console.log(`run ${run} peerhub`, peerhub);
      const bare = await benchBare(await freshDatabase(pg, `bench_bare_${run}`));
      console.log(`run ${run} bare   `, bare);
      runs.push({ peerhub, bare });
    }
    await writeReport(runs);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The median run's figures (lost and duplicated summed over the runs: any is too many). */
function summary(all: Figures[]): Figures {
  const pick = (key: keyof Figures) => median(all.map((f) => f[key]));
  return {
    sent: pick('sent'),
    acked: pick('acked'),
    expected: pick('expected'),
    delivered: pick('delivered'),
    perSecond: pick('perSecond'),
    p50: pick('p50'),
    p99: pick('p99'),
    lost: all.reduce((sum, f) => sum + f.lost, 0),
    duplicated: all.reduce((sum, f) => sum + f.duplicated, 0),
  };
}

async function writeReport(runs: Array<{ peerhub: Figures; bare: Figures }>) {
  const peerhub = summary(runs.map((r) => r.peerhub));
  const bare = summary(runs.map((r) => r.bare));
  const ratio = peerhub.perSecond / bare.perSecond;
  const met = ratio >= 0.8 && peerhub.p99 <= bare.p99 && peerhub.lost + peerhub.duplicated === 0;
  console.log(`median p99: Peerhub ${peerhub.p99} ms, bare ${bare.p99} ms; ratio (delivered/s): ${ratio.toFixed(2)}; target ${met ? 'met' : 'not met'}`);
  if (DIAGNOSING.length > 0) {
    console.log(`not written to docs/performance.md: a run with ${DIAGNOSING.join(', ')} is a diagnosis, not the figures`);
    return;
  }
  const file = join(findRepoRoot(), 'docs/performance.md');
  const existing = await readFile(file, 'utf8').catch(() => '# Performance\n\nFigures from the benchmarks (`npm run bench:*`), never from timed tests.\n');
  const row = (name: string, f: Figures) => `| ${name} | ${f.sent} | ${f.perSecond} | ${f.p50} | ${f.p99} | ${f.lost} | ${f.duplicated} |`;
  const heading = `## Chat (\`npm run bench:chat\`), ${RATE} messages/s`;
  const section = [
    heading,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; embedded PostgreSQL; ${SEPARATE ? 'each server in a process of its own, the load generator in a third' : 'the servers in the load generator\'s process'}, all on this machine.`,
    `Load: ${CLIENTS} clients in ${GROUPS} groups, ${RATE} messages/s in all for ${SECONDS} s; every message is delivered to the ${Math.round(CLIENTS / GROUPS)} members of its group. ${runs.length} run(s) of each server, alternating, each on a fresh database; the median row is what counts.`,
    '',
    '| server | messages sent | delivered/s | p50 latency (ms) | p99 latency (ms) | lost | duplicated |',
    '|---|---|---|---|---|---|---|',
    ...runs.flatMap((r, i) => [row(`Peerhub, run ${i + 1}`, r.peerhub), row(`bare, run ${i + 1}`, r.bare)]),
    row('**Peerhub (auth, policies, seq, idempotency, ORM), median**', peerhub),
    row('**bare socket.io + INSERT, median**', bare),
    '',
    `Ratio of delivered messages per second, Peerhub / bare: **${ratio.toFixed(2)}**; median p99 ${peerhub.p99} ms against ${bare.p99} ms. Target (≥ 0.8 at no worse p99, 0 lost, 0 duplicated): **${met ? 'met' : 'not met'}**.`,
    '',
    '',
  ].join('\n');
  const start = existing.indexOf(heading);
  const next = start >= 0 ? existing.indexOf('\n## ', start + 5) : -1;
  const updated = start >= 0 ? existing.slice(0, start) + section + (next >= 0 ? existing.slice(next + 1) : '') : `${existing.trimEnd()}\n\n${section}`;
  await writeFile(file, updated);
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
