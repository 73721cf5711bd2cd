import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { ENDPOINT_KEY, type EndpointSpec } from './endpoint.decorator';

/**
 * Passes every answer through its route's response schema: what is not in the contract never
 * leaves the API, whatever a mapper returned by mistake.
 */
@Injectable()
export class ResponseShapeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = Reflect.getMetadata(ENDPOINT_KEY, context.getHandler()) as EndpointSpec | undefined;
    const schema = spec?.response;
    if (!schema) return next.handle();
    return next.handle().pipe(map((value: unknown) => schema.parse(value)));
  }
}
