import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { NestFactory } from '@nestjs/core';
import { ATTACHMENT_MAX_BYTES } from '@peerhub/contracts';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, FEATURE_MODULES } from './app.module';
import { PinoNestLogger } from './common/pino-nest-logger';
import type { AppConfig } from './config/config.schema';
import { MetricsService } from './metrics/metrics.service';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { ClusterIoAdapter } from './realtime/cluster-io-adapter';

/**
 * Builds the whole platform as one Fastify server: the API under /api, its reference at /api/docs,
 * socket.io at /socket.io, and the built web app for every other path, so people use one URL.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(fastify.log),
  });
  app.setGlobalPrefix('api');
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', async (request, reply) => {
    // The route's pattern (/api/people/:id), never the raw URL, keeps the label set bounded.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  const ioAdapter = new ClusterIoAdapter(app, { redisUrl: config.redisUrl, databaseUrl });
  await ioAdapter.connect();
  app.useWebSocketAdapter(ioAdapter);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Plain-http deployments on a LAN must keep working; TLS is the operator's choice.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  // One file per request, a little above the attachment limit so that the service can answer 413 itself.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5, fileSize: ATTACHMENT_MAX_BYTES + 1 } });

  const document = buildOpenApiDocument(FEATURE_MODULES, process.env.npm_package_version ?? '0.1.0');
  await app.register(fastifySwagger, { mode: 'static', specification: { document: document as never } });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  fastify.get('/api/openapi.json', async () => document);

  if (existsSync(join(config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDist, prefix: '/', wildcard: false, index: false });
    // Client-side routes (/people, /alliances/…) all load the single-page app.
    fastify.get('/*', async (request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/socket.io')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
    fastify.get('/', async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  } else {
    fastify.get('/', async () => ({ message: 'The web app is not built: run npm run build (npm start does it). The API is at /api/docs.' }));
  }
  return app;
}
