/**
 * `npm run bench:search`: p50/p95/p99 latency of the case study library's search through the API,
 * with BENCH_CASE_STUDIES (100,000) case studies in English and Russian on the embedded PostgreSQL.
 * Writes the figures to docs/performance.md.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { loadConfig } from '../config/config.schema';
import { findRepoRoot } from '../config/find-root';
import { createApp } from '../create-app';
import { runMigrations } from '../database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';

const COUNT = Number(process.env.BENCH_CASE_STUDIES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

const EN = ['portal', 'open', 'data', 'budget', 'ministry', 'services', 'citizens', 'one-stop', 'shop', 'registry', 'digital', 'signature', 'participation', 'consultation', 'platform', 'queue', 'hall', 'agency', 'reform', 'licence', 'dataset', 'application', 'procurement', 'transparency', 'training', 'civil', 'servants', 'evaluation', 'pilot', 'regions'];
const RU = ['портал', 'открытые', 'данные', 'бюджет', 'министерство', 'услуги', 'граждане', 'центр', 'обслуживания', 'реестр', 'цифровая', 'подпись', 'участие', 'консультации', 'платформа', 'очередь', 'агентство', 'реформа', 'лицензия', 'набор', 'приложения', 'закупки', 'прозрачность', 'обучение', 'служащие', 'оценка', 'пилот', 'регионы'];
const SEARCHES = ['portals', 'open data', 'budget transparency', 'one-stop shop', 'digital signature', 'public consultation', 'порталы', 'открытых данных', 'цифровой подписи', 'центры обслуживания', 'закупок', 'queue', 'reform pilot regions'];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  // BENCH_DATA_DIR keeps the seeded library between runs (to compare query plans); by default a throwaway folder.
  const keep = process.env.BENCH_DATA_DIR;
  const dir = keep ?? (await mkdtemp(join(tmpdir(), 'peerhub-bench-search-')));
  const pg = await startEmbeddedPostgres(dir);
  const port = 3910;
  try {
    await ensureDatabase(pg.url('postgres'), 'bench');
    const url = pg.url('bench');
    await runMigrations(url);
    const db = new Client({ connectionString: url });
    // A failure below must surface as itself, not as this client's "terminating connection" on shutdown.
    db.on('error', (error) => console.error('bench database client:', error.message));
    await db.connect();
    const [{ count: already }] = (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM case_study')).rows as [{ count: number }];
    const passwordHash = await hash('bench-password', { algorithm: 2 });
    const { rows: [person] } = await db.query<{ id: string }>(
      `INSERT INTO person (email, name, password_hash) VALUES ('reader@bench.test', 'Reader', $1) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
      [passwordHash],
    );
    const started = Date.now();
    // Texts of random filler words (md5 fragments) with the alliances' own words mixed in at one
    // word in thirty, so that a search matches a few per cent of the library, as in a real one.
    const words = (n: number) =>
      // The aggregate reads g.k so that it belongs to this subquery, not to the outer INSERT … SELECT.
      `(SELECT string_agg(CASE WHEN random() < 0.033 + 0 * g.k THEN v[1 + floor(random() * array_length(v, 1))::int] ELSE substr(md5(random()::text), 1, 6) END, ' ') FROM generate_series(1, ${n} + 0 * i) AS g(k))`;
    if (already < COUNT) await db.query(
      `INSERT INTO case_study (author_id, title, summary, body, results, lessons, country, topics, stage, language, year, status, visibility, published_at)
       SELECT $1, initcap(${words(5)}), ${words(25)}, ${words(150)}, ${words(30)}, ${words(30)},
              (ARRAY['AM','AZ','EE','GE','KZ','KG','UZ'])[1 + i % 7], ARRAY[(ARRAY['open-data','integrated-services','e-participation','digital-economy'])[1 + i % 4]],
              'implemented', CASE WHEN i % 2 = 0 THEN 'en' ELSE 'ru' END, 2010 + i % 15, 'published', 'everyone', now() - make_interval(days => i % 3000)
         FROM generate_series(1, $2) AS i, LATERAL (SELECT CASE WHEN i % 2 = 0 THEN $3::text[] ELSE $4::text[] END AS v) vocab`,
      [person!.id, COUNT, EN, RU],
    );
    await db.query('ANALYZE case_study');
    const seedSeconds = Math.round((Date.now() - started) / 1000);
    await db.end();
    console.log(`seeded ${COUNT} case studies in ${seedSeconds} s`);

    const app = await createApp(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'error', DATABASE_URL: url, JWT_SECRET: randomUUID() + randomUUID(), PUBLIC_URL: `http://127.0.0.1:${port}` }), url);
    await app.listen({ port, host: '127.0.0.1' });
    try {
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reader@bench.test', password: 'bench-password' }) });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const ask = async (q: string) => {
        const t0 = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/api/case-studies?q=${encodeURIComponent(q)}&pageSize=20`, { headers: { authorization: `Bearer ${accessToken}` } });
        const body = (await response.json()) as { total: number };
        if (!response.ok) throw new Error(`search failed: ${response.status}`);
        return { ms: performance.now() - t0, total: body.total };
      };
      for (const q of SEARCHES) await ask(q); // warm-up
      const timings: number[] = [];
      const byPhrase = new Map<string, number[]>();
      let matches = 0;
      for (let n = 0; n < QUERIES; n++) {
        const phrase = SEARCHES[n % SEARCHES.length]!;
        const { ms, total } = await ask(phrase);
        timings.push(ms);
        byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), ms, total]);
        matches += total;
      }
      for (const [phrase, values] of byPhrase) console.log(`  ${phrase}: ${Math.round(Math.max(...values.filter((_, i) => i % 2 === 0)))} ms max, ${values[1]} matches`);
      timings.sort((a, b) => a - b);
      const figures = { p50: percentile(timings, 50), p95: percentile(timings, 95), p99: percentile(timings, 99), averageMatches: Math.round(matches / QUERIES) };
      console.log(figures);
      await report(figures, seedSeconds);
    } finally {
      await app.close();
    }
  } finally {
    await pg.stop();
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

async function report(f: { p50: number; p95: number; p99: number; averageMatches: number }, seedSeconds: number) {
  const file = join(findRepoRoot(), 'docs/performance.md');
  const existing = await readFile(file, 'utf8');
  const heading = '## Case study search (`npm run bench:search`)';
  const section = [
    heading,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; embedded PostgreSQL.`,
    `${COUNT.toLocaleString('en')} published case studies (half English, half Russian; seeded in ${seedSeconds} s); ${QUERIES} searches of ${SEARCHES.length} different English and Russian phrases through GET /api/case-studies (sign-in, visibility filter, ranking, highlighting, 20 per page), one at a time; on average ${f.averageMatches.toLocaleString('en')} matching studies per search as reported (the API stops counting at 1,000).`,
    '',
    '| p50 (ms) | p95 (ms) | p99 (ms) | target p95 |',
    '|---|---|---|---|',
    `| ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | < 50 ms |`,
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
