import { timingSafeEqual, createHash } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The metrics route is for Prometheus, not for people: it needs METRICS_TOKEN as a bearer token
 * (no person's session), and does not exist at all (404) when the operator set no token.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.metricsToken;
    if (!expected) throw notFound('Route');
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    const presented = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    // Compare digests so that neither the length nor the content leaks through timing.
    if (!presented || !timingSafeEqual(digest(presented), digest(expected))) throw unauthenticated('Present the metrics token as a bearer token');
    return true;
  }
}
