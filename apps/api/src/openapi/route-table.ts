import { RequestMethod, type Type } from '@nestjs/common';
import { POLICY_KEY, PUBLIC_KEY, type PolicySpec } from '../common/access.decorators';
import { ENDPOINT_KEY, type EndpointSpec } from '../common/endpoint.decorator';

export interface RouteInfo {
  method: string;
  /** Full path under /api, in OpenAPI form: /api/people/{id} */
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  policy: PolicySpec | undefined;
  endpoint: EndpointSpec | undefined;
}

const METHODS: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.PATCH]: 'patch',
};

function controllersOf(modules: unknown[], seen = new Set<unknown>()): Type[] {
  const found: Type[] = [];
  for (const entry of modules) {
    const module = (entry as { forwardRef?: () => unknown }).forwardRef?.() ?? entry;
    if (seen.has(module)) continue;
    seen.add(module);
    found.push(...((Reflect.getMetadata('controllers', module as object) as Type[] | undefined) ?? []));
    found.push(...controllersOf((Reflect.getMetadata('imports', module as object) as unknown[] | undefined) ?? [], seen));
  }
  return found;
}

const join = (...parts: string[]) =>
  '/' + parts.flatMap((p) => p.split('/')).filter(Boolean).map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s)).join('/');

/** Every HTTP route of the given modules, read from their decorators, without starting the app. */
export function routeTable(modules: unknown[], prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const controller of controllersOf(modules)) {
    const base = (Reflect.getMetadata('path', controller) as string | undefined) ?? '';
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
      const path = Reflect.getMetadata('path', handler) as string | undefined;
      if (method === undefined || path === undefined) continue;
      const read = <T>(key: string) => (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T;
      routes.push({
        method: METHODS[method] ?? 'all',
        path: join(prefix, base, path),
        controller: controller.name,
        handler: name,
        isPublic: read<boolean | undefined>(PUBLIC_KEY) === true,
        policy: read<PolicySpec | undefined>(POLICY_KEY),
        endpoint: read<EndpointSpec | undefined>(ENDPOINT_KEY),
      });
    }
  }
  return routes;
}
