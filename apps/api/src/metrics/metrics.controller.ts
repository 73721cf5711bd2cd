import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access.decorators';
import { Endpoint } from '../common/endpoint.decorator';
import { MetricsService } from './metrics.service';
import { MetricsTokenGuard } from './metrics-token.guard';

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Public to the person guard (no session), guarded by the operator's METRICS_TOKEN instead. */
  @Get()
  @Public()
  @UseGuards(MetricsTokenGuard)
  @Endpoint({ summary: 'Prometheus metrics of this API process (bearer METRICS_TOKEN; 404 when no token is configured)', tags: ['operations'], errors: [401, 404] })
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const body = await this.metrics.registry.metrics();
    await reply.header('content-type', this.metrics.registry.contentType).header('cache-control', 'no-store').send(body);
  }
}
