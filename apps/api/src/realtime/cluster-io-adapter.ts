import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter as createPostgresAdapter, type PostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Pool, type PoolClient } from 'pg';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { Adapter } from 'socket.io-adapter';
import { bindGatewayEvents } from './event-binding';

/**
 * Lets live events cross API processes through an engine that exists: the Redis adapter when
 * REDIS_URL is set, the PostgreSQL adapter (LISTEN/NOTIFY, outside any transaction) otherwise.
 * Correctness never rests on it: clients catch up from their last seq after a reconnect.
 */
export class ClusterIoAdapter extends IoAdapter {
  private readonly adapterLogger = new Logger('RealtimeAdapter');
  private adapterFactory: ReturnType<typeof createPostgresAdapter> | ReturnType<typeof createRedisAdapter> | null = null;
  private readonly closers: Array<() => Promise<unknown>> = [];

  constructor(app: INestApplicationContext, private readonly engine: { redisUrl?: string | undefined; databaseUrl: string }) {
    super(app);
  }

  async connect(): Promise<void> {
    if (this.engine.redisUrl) {
      const pub = new Redis(this.engine.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
      const sub = pub.duplicate();
      await Promise.all([pub.connect(), sub.connect()]);
      this.adapterFactory = createRedisAdapter(pub, sub);
      this.closers.push(() => pub.quit(), () => sub.quit());
      this.adapterLogger.log('live events shared through Redis');
      return;
    }
    // A NOTIFY is a transaction of its own, and the adapter delivers to this process's sockets only
    // once it has committed: waiting for its WAL to reach the disk would delay every live event. The
    // notifications are not kept anyway (a process that misses one catches up by seq), so these
    // connections commit without waiting for the flush; the messages' own commits still wait.
    const pool = new Pool({ connectionString: this.engine.databaseUrl, max: 2, application_name: 'peerhub-socket-adapter', options: '-c synchronous_commit=off' });
    pool.on('error', (error) => this.adapterLogger.warn(`adapter pool: ${error.message}`));
    keepListeningAcrossRestarts(pool, this.adapterLogger);
    const postgresAdapter = createPostgresAdapter(pool, { errorHandler: (error) => this.adapterLogger.warn(`postgres adapter: ${error.message}`) });
    // socket.io calls the factory with `new`, so a function, not an arrow.
    this.adapterFactory = function (nsp: Parameters<typeof postgresAdapter>[0]) {
      return publishOnlyWhenOthersListen(postgresAdapter(nsp));
    };
    this.closers.push(() => pool.end());
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  /** Each event through plain listeners rather than an rxjs stream: see bindGatewayEvents. */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    bindGatewayEvents(socket, handlers, (payload) => this.mapPayload(payload), this.logger);
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.allSettled(this.closers.splice(0).map((close) => close()));
  }
}

/**
 * The PostgreSQL adapter NOTIFYs every broadcast and delivers to this process's own sockets only
 * once the NOTIFY is done: a round trip to the database on every live event, for nobody, while
 * one API process runs alone. It knows the other processes from their heartbeats (each announces
 * itself when it starts, and every five seconds), so broadcasts are published only while another
 * process is known; everything else (heartbeats, joins, leaves across processes) goes as before.
 * A process starting is known before it serves anyone, and its clients catch up by seq anyway.
 */
function publishOnlyWhenOthersListen(adapter: PostgresAdapter): PostgresAdapter {
  const clusterBroadcast = adapter.broadcast.bind(adapter);
  const localBroadcast = Adapter.prototype.broadcast.bind(adapter);
  adapter.broadcast = async (packet, opts) => ((await adapter.serverCount()) > 1 ? clusterBroadcast(packet, opts) : localBroadcast(packet, opts));
  return adapter;
}

/**
 * The adapter keeps one client of its pool checked out for LISTEN. When the database drops it (a
 * restart, a failover), pg emits 'error' on that client, which nothing handles (the process would
 * end), and the adapter, though it connects again, never returns the dead client: the pool's two
 * places would be taken and nothing could be published any more. So a client that ends while
 * checked out is given back as failed, which makes the pool forget it. A client that ends inside
 * a query was already given back by that query.
 */
function keepListeningAcrossRestarts(pool: Pool, logger: Logger): void {
  const checkedOut = new WeakSet<object>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.on('error', (error) => logger.warn(`adapter connection lost: ${error.message}`));
    client.on('end', () => {
      if (checkedOut.has(client)) (client as PoolClient).release(new Error('connection ended'));
    });
  });
}
