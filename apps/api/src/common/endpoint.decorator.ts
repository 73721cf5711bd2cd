import { applyDecorators, createParamDecorator, HttpCode, SetMetadata, UseInterceptors, type ExecutionContext } from '@nestjs/common';
import { zodErrorMap } from '@peerhub/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { validationFailed } from './app-error';
import { requestLocale } from './request-locale';
import { ResponseShapeInterceptor } from './response-shape.interceptor';

export interface EndpointSpec {
  summary: string;
  tags?: string[];
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodObject;
  /** Omitted for answers without a body (204). */
  response?: z.ZodType;
  status?: number;
  /** Error statuses this route may answer with, for the reference documentation. */
  errors?: number[];
}

export const ENDPOINT_KEY = 'peerhub:endpoint';

/**
 * Declares a route's request and response shapes once, as the contracts' zod schemas: `@Input()`
 * validates with them, a ResponseShapeInterceptor strips anything not in the response schema, and
 * the OpenAPI document is generated from them.
 */
export function Endpoint(spec: EndpointSpec) {
  const shape = spec.response ? [UseInterceptors(new ResponseShapeInterceptor(spec.response))] : [];
  return applyDecorators(SetMetadata(ENDPOINT_KEY, spec), HttpCode(spec.status ?? 200), ...shape);
}

type Part = 'body' | 'query' | 'params';

function issuesOf(error: z.ZodError, part: Part) {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    // Name each unknown field rather than the object that holds it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'Unknown field' }));
    }
    return [{ path: base.length ? base.join('.') : part === 'body' ? '' : part, message: issue.message }];
  });
}

/** The request's body, query or params, parsed with the schema its `@Endpoint` declares; 400 naming each bad field. */
export const Input = createParamDecorator((part: Part, context: ExecutionContext) => {
  const spec = Reflect.getMetadata(ENDPOINT_KEY, context.getHandler()) as EndpointSpec | undefined;
  const schema = spec?.[part];
  if (!schema) throw new Error(`@Input('${part}') needs ${part} in the route's @Endpoint`);
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const raw = part === 'body' ? (request.body ?? {}) : part === 'query' ? request.query : request.params;
  // zod's own messages come in the request's language; the schemas' own texts are translated by the exception filter.
  const result = schema.safeParse(raw, { error: zodErrorMap(requestLocale(request)) });
  if (!result.success) throw validationFailed(issuesOf(result.error, part));
  return result.data;
});
