import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { DATABASE_URL } from './jobs.tokens';

type Handler<T> = (data: T) => Promise<void>;

/** Advisory lock key of queue creation (any constant unique to this purpose). */
const QUEUE_SETUP_LOCK = 7_340_912_001;

/**
 * Background jobs in PostgreSQL through pg-boss: they survive restarts, and when several API
 * processes run, each job is taken by exactly one of them. pg-boss keeps its own tables in the
 * `pgboss` schema and migrates them itself.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, Handler<never>>();
  private readonly schedules = new Map<string, string>();
  private started = false;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', application_name: 'peerhub-jobs', max: 4 });
    // Message and code only: pg's errors carry their whole client object.
    this.boss.on('error', (error: Error & { code?: string }) => this.logger.error({ err: { message: error.message, code: error.code } }, 'job queue error'));
  }

  /** Features register their workers in onModuleInit; they start once the whole app is up. */
  handle<T extends object>(queue: string, handler: Handler<T>): void {
    this.handlers.set(queue, handler as Handler<never>);
  }

  /**
   * Runs a queue's handler on a cron schedule (UTC). pg-boss keeps the schedule in the database and
   * creates one job per tick however many processes are up.
   */
  schedule<T extends object>(queue: string, cron: string, handler: Handler<T>): void {
    this.handle(queue, handler);
    this.schedules.set(queue, cron);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    await this.createQueues();
    for (const [queue, cron] of this.schedules) await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
    for (const [queue, handler] of this.handlers) {
      // Up to 10 jobs per fetch, so a burst (a mention of a whole group, mailed at once) is not one
      // job per polling interval. A failure retries the batch; every handler is idempotent for that.
      await this.boss.work<object>(queue, { pollingIntervalSeconds: this.config.jobsPollSeconds, batchSize: 10 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    }
    this.started = true;
  }

  /**
   * pg-boss's create_queue (a row plus a partition table) deadlocks when two processes create the
   * same queue at once, as a fresh deployment's replicas do: one process at a time creates the
   * missing ones, under a PostgreSQL advisory lock.
   */
  private async createQueues(): Promise<void> {
    const lock = new Client({ connectionString: this.databaseUrl, application_name: 'peerhub-jobs-setup' });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      for (const queue of this.handlers.keys()) {
        if (!(await this.boss.getQueue(queue))) await this.boss.createQueue(queue);
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]).catch(() => undefined);
      await lock.end();
    }
  }

  /** Queues a job; a singleton key makes a second send of the same job a no-op. */
  async send(queue: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    await this.boss.send(queue, data, { ...options, retryLimit: 3, retryBackoff: true });
  }

  /** Jobs waiting per queue (created or retrying), for the metrics; empty until the queue has started. */
  async depth(): Promise<Record<string, number>> {
    if (!this.started) return {};
    const entries = await Promise.all([...this.handlers.keys()].map(async (queue) => [queue, await this.boss.getQueueSize(queue)] as const));
    return Object.fromEntries(entries);
  }

  async onApplicationShutdown(): Promise<void> {
    // Running jobs finish (within the grace period) before the connections close; the rest stay queued for another process.
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: this.config.shutdownGraceSeconds * 1000 });
  }
}
