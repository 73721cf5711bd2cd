import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { RealtimeSessions } from '../realtime/realtime-sessions';

/** The pg Pool behind TypeORM's postgres driver: only its counters are read. */
interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * This process's Prometheus metrics, in a registry of its own (not prom-client's global one, so
 * that two apps in one test process do not collide). Each API process is scraped on its own;
 * sums across processes are PromQL's job (`sum by (route) (rate(...))`).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'peerhub_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly messagesSent = new Counter({
    name: 'peerhub_chat_messages_sent_total',
    help: 'Chat messages stored and broadcast by this process (idempotent retries not counted)',
    registers: [this.registry],
  });

  readonly messagesDelivered = new Counter({
    name: 'peerhub_chat_messages_delivered_total',
    help: 'message:new events written to sockets connected to this process (from any process, through the adapter)',
    registers: [this.registry],
  });

  constructor(
    realtime: RealtimeSessions,
    jobs: JobQueue,
    @InjectDataSource() dataSource: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'peerhub_' });
    new Gauge({
      name: 'peerhub_live_connections',
      help: 'socket.io connections open on this process',
      registers: [this.registry],
      collect() {
        this.set(realtime.localConnectionCount());
      },
    });
    new Gauge({
      name: 'peerhub_job_queue_depth',
      help: 'Jobs waiting in each pg-boss queue (created or retrying; shared by all processes)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        for (const [queue, depth] of Object.entries(await jobs.depth())) this.set({ queue }, depth);
      },
    });
    new Gauge({
      name: 'peerhub_db_pool_connections',
      help: "This process's PostgreSQL pool: connections by state, and requests waiting for one",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PoolCounters }).master;
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'in-use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'peerhub_db_pool_max',
      help: "Size limit of this process's PostgreSQL pool",
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: { options?: { max?: number } } }).master;
        this.set(pool?.options?.max ?? 0);
      },
    });
  }
}

