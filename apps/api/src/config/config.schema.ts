import { join, resolve } from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './find-root';

const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'use true or false' })
  .transform((v) => v === 'true' || v === '1');

/** Every variable the API reads. `.env.example` lists the same ones; start-up stops on the first bad one. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ error: 'must be an absolute URL such as https://peerhub.example.org' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection string' })
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  SEED_DEMO: flag.optional(),
  JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, { error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Peerhub <no-reply@peerhub.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: flag.optional(),
  WEB_DIST: z.string().min(1).optional(),
  TRUST_PROXY: flag.optional(),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, { error: 'must be a redis:// or rediss:// URL' }).optional(),
  METRICS_TOKEN: z.string().min(24, { error: 'must be at least 24 characters' }).optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  CLUSTER_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/**
 * What a deployment must set although the schema has a fallback for laptops: without DATABASE_URL
 * an embedded database starts inside the container, without JWT_SECRET start-up refuses (production),
 * without PUBLIC_URL mail links and the allowed Origin of live connections point at localhost.
 * The infra test checks that the compose file and the Kubernetes manifests provide each.
 */
export const DEPLOYMENT_REQUIRED = ['NODE_ENV', 'DATABASE_URL', 'JWT_SECRET', 'PUBLIC_URL'] as const satisfies ReadonlyArray<keyof Env>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number | undefined;
  seedDemo: boolean;
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlDays: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: Env['LOG_LEVEL'];
  cookieSecure: boolean;
  webDist: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Live events cross API processes through Redis when set, through PostgreSQL otherwise. */
  redisUrl: string | undefined;
  /** How often each process looks for due background jobs. */
  jobsPollSeconds: number;
  /** Bearer token Prometheus presents at /api/metrics; without it the route answers 404. */
  metricsToken: string | undefined;
  /** On SIGTERM: how long running jobs and open sockets get before the process exits anyway. */
  shutdownGraceSeconds: number;
  /** `npm run start:cluster`: API processes behind its proxy (default: one per CPU). */
  clusterProcesses: number | undefined;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; the error names each bad variable and what is wrong with it. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required when DATABASE_URL is set in production');
  }
  const root = findRepoRoot();
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR ?? join(root, '.data')),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    // Demo people are never seeded into a real database unless asked for.
    seedDemo: env.SEED_DEMO ?? !env.DATABASE_URL,
    jwtSecret: env.JWT_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    invitationTtlDays: env.INVITATION_TTL_DAYS,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    cookieSecure: env.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    webDist: resolve(env.WEB_DIST ?? join(root, 'apps/web/dist')),
    trustProxy: env.TRUST_PROXY ?? false,
    redisUrl: env.REDIS_URL,
    jobsPollSeconds: env.JOBS_POLL_SECONDS,
    metricsToken: env.METRICS_TOKEN,
    shutdownGraceSeconds: env.SHUTDOWN_GRACE_SECONDS,
    clusterProcesses: env.CLUSTER_PROCESSES,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
