import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthResponse } from '@peerhub/contracts';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../common/access.decorators';
import { Endpoint } from '../common/endpoint.decorator';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
