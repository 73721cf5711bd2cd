import { Controller, Get, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthResponse, ReadinessResponse } from '@peerhub/contracts';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../common/access.decorators';
import { Endpoint } from '../common/endpoint.decorator';
import { readMigrationState } from '../database/migration-state';

const VERSION = process.env.npm_package_version ?? '0.1.0';

/**
 * Liveness (/api/health: the process answers and reaches its database) and readiness
 * (/api/health/ready: send it traffic). A load balancer or Kubernetes takes a process out of
 * rotation while migrations are pending, the database is unreachable, or it is shutting down.
 */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private draining = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  @Get()
  @Public()
  @Endpoint({ summary: 'Liveness and database check (503 when the database does not answer)', tags: ['operations'], response: HealthResponse, errors: [503] })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    if (database === 'down') void reply.status(503);
    return { status: database === 'up' ? 'ok' : 'degraded', database, version: VERSION };
  }

  @Get('ready')
  @Public()
  @Endpoint({ summary: 'Readiness: 503 while migrations are pending, the database is unreachable or the process is shutting down', tags: ['operations'], response: ReadinessResponse, errors: [503] })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const state = await readMigrationState(this.dataSource).catch(() => null);
    const migrations = !state ? 'unknown' : state.unknown.length > 0 ? 'ahead' : state.pending.length > 0 ? 'pending' : 'applied';
    // 'ahead' (a newer release migrated the schema) keeps a running process in rotation: during a
    // rolling upgrade the old processes serve until the new ones are ready. Start-up refuses it.
    const ready = state !== null && migrations !== 'pending' && !this.draining;
    if (!ready) void reply.status(503);
    return { status: ready ? 'ready' : 'not-ready', database: state ? 'up' : 'down', migrations, draining: this.draining };
  }
}
