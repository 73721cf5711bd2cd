import { ErrorBody } from '@peerhub/contracts';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { routeTable } from './route-table';

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: the body lists each field problem',
  401: 'Not signed in, or the session ended',
  403: 'Signed in but not allowed',
  404: 'Not found (also for what you may not see)',
  409: 'Conflicts with the current state',
  410: 'Expired',
  429: 'Too many attempts; see Retry-After',
  503: 'Not ready',
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(modules: unknown[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routeTable(modules)) {
    const spec = route.endpoint;
    if (!spec) continue;
    const status = String(spec.status ?? 200);
    const responses: Record<string, object> = {
      [status]: spec.response
        ? { description: 'Success', content: { 'application/json': { schema: spec.response } } }
        : { description: 'Success, no content' },
    };
    for (const code of spec.errors ?? []) {
      responses[String(code)] = { description: ERROR_TEXT[code] ?? 'Error', content: { 'application/json': { schema: ErrorBody } } };
    }
    const pathItem = (paths[route.path] ??= {}) as Record<string, object>;
    pathItem[route.method] = {
      summary: spec.summary,
      tags: spec.tags,
      operationId: `${route.controller.replace(/Controller$/, '')}_${route.handler}`,
      security: route.isPublic ? [] : [{ bearer: [] }],
      ...(spec.params || spec.query ? { requestParams: { ...(spec.params ? { path: spec.params } : {}), ...(spec.query ? { query: spec.query } : {}) } } : {}),
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      responses,
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Peerhub API',
      version,
      description:
        'Peer-to-peer learning alliances between governments. Sign in with POST /api/auth/login and send the access token as `Authorization: Bearer`. Errors are `{ error: { code, message, requestId, issues? } }`.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}
