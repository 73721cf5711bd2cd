import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createProxyServer } from 'http-proxy-3';

export const UPSTREAM_COOKIE = 'peerhub_upstream';

export interface Upstream {
  /** Stable index of the process slot (a restarted process keeps its slot). */
  index: number;
  url: string;
  alive: boolean;
}

/** The slot named by the request's sticky cookie, if any. */
function pinnedIndex(request: IncomingMessage): number | null {
  const match = new RegExp(`(?:^|;\\s*)${UPSTREAM_COOKIE}=(\\d+)`).exec(request.headers.cookie ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The small front of `npm run start:cluster`: one port, N API processes behind it. Stickiness is a
 * cookie naming the process slot, as the socket.io documentation recommends for long-polling (each
 * poll must reach the process that holds its session); WebSocket connections stay where they were
 * upgraded. A request pinned to a dead process goes to a live one and is re-pinned there.
 * The proxying itself (headers, upgrades, X-Forwarded-*) is http-proxy-3's (the maintained rewrite of http-proxy, same API).
 */
export function startStickyProxy(upstreams: Upstream[], options: { port: number; host: string; log: (entry: Record<string, unknown>) => void }): Promise<Server> {
  const proxy = createProxyServer({ xfwd: true, ws: true });
  let next = 0;

  const choose = (request: IncomingMessage): Upstream | null => {
    const pinned = pinnedIndex(request);
    const live = upstreams.filter((u) => u.alive);
    if (live.length === 0) return null;
    const sticky = live.find((u) => u.index === pinned);
    if (sticky) return sticky;
    next = (next + 1) % live.length;
    return live[next] ?? null;
  };

  proxy.on('proxyRes', (proxyRes, request) => {
    const upstream = (request as IncomingMessage & { upstream?: Upstream }).upstream;
    if (!upstream || pinnedIndex(request) === upstream.index) return;
    const cookie = `${UPSTREAM_COOKIE}=${upstream.index}; Path=/; HttpOnly; SameSite=Lax`;
    const existing = proxyRes.headers['set-cookie'] ?? [];
    proxyRes.headers['set-cookie'] = [...existing, cookie];
  });

  proxy.on('error', (error, request, target) => {
    options.log({ level: 'warn', msg: 'proxy error', url: request.url, error: error.message });
    if (target && 'writeHead' in target) {
      const response = target as ServerResponse;
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The API process did not answer; retry' } }));
    } else {
      (target as Duplex | undefined)?.destroy();
    }
  });

  const server = createServer((request, response) => {
    const upstream = choose(request);
    if (!upstream) {
      response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
      response.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'No API process is up yet; retry' } }));
      return;
    }
    (request as IncomingMessage & { upstream?: Upstream }).upstream = upstream;
    proxy.web(request, response, { target: upstream.url });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const upstream = choose(request);
    if (!upstream) return socket.destroy();
    proxy.ws(request, socket, head, { target: upstream.url });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
