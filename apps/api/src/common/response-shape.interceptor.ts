import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';

/**
 * Passes a route's answer through its response schema: what is not in the contract never leaves
 * the API, whatever a mapper returned by mistake. `@Endpoint` binds one to every route that
 * declares a response, and to nothing else: as a global interceptor it also wrapped every live
 * event of the gateways in an rxjs pipeline, for nothing, on the chat's hottest path.
 */
export class ResponseShapeInterceptor implements NestInterceptor {
  constructor(private readonly schema: z.ZodType) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((value: unknown) => this.schema.parse(value)));
  }
}
