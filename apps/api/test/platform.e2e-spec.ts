import { DataSource } from 'typeorm';
import { FEATURE_MODULES } from '../src/app.module';
import { POLICY_KEY, PUBLIC_KEY } from '../src/common/access.decorators';
import { ChatGateway } from '../src/conversations/chat.gateway';
import { ExchangesGateway } from '../src/exchanges/exchanges.gateway';
import { CaseStudiesGateway } from '../src/case-studies/case-studies.gateway';
import { RealtimeGateway } from '../src/realtime/realtime.gateway';
import { dataSourceOptions } from '../src/database/data-source';
import { seedDemo } from '../src/database/seeds/demo-seed';
import { routeTable } from '../src/openapi/route-table';
import { createTestApp, createTestDatabase, type TestApp } from './test-app';

describe('platform conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every route declares an access policy or is marked public', () => {
    const routes = routeTable(FEATURE_MODULES);
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter((r) => !r.isPublic && !r.policy).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
    const undocumented = routes.filter((r) => !r.endpoint).map((r) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual([]);
  });

  it('every socket event handler declares an access policy', () => {
    for (const gateway of [RealtimeGateway, ChatGateway, ExchangesGateway, CaseStudiesGateway]) {
      const proto = gateway.prototype as unknown as Record<string, unknown>;
      const handlers = Object.getOwnPropertyNames(proto).filter((name) => typeof proto[name] === 'function' && Reflect.getMetadata('message', proto[name] as object) !== undefined);
      expect(handlers.length).toBeGreaterThan(0);
      const undeclared = handlers.filter((name) => !Reflect.getMetadata(POLICY_KEY, proto[name] as object) && !Reflect.getMetadata(PUBLIC_KEY, proto[name] as object));
      expect(undeclared.map((name) => `${gateway.name}.${name}`)).toEqual([]);
    }
  });

  it('the public routes are exactly the sign-in, invitation, calendar feed, unsubscribe, health and metrics ones', () => {
    const publicRoutes = routeTable(FEATURE_MODULES).filter((r) => r.isPublic).map((r) => `${r.method} ${r.path}`).sort();
    expect(publicRoutes).toEqual([
      'get /api/calendar/{token}',
      'get /api/health',
      'get /api/health/ready',
      'get /api/invitations/preview',
      // No person's session: Prometheus presents METRICS_TOKEN (MetricsTokenGuard), 404 without one.
      'get /api/metrics',
      'post /api/auth/login',
      'post /api/auth/logout',
      'post /api/auth/password-reset/confirm',
      'post /api/auth/password-reset/request',
      'post /api/auth/refresh',
      'post /api/invitations/accept',
      // The signed token in a notification mail is the authority; it can only turn mail off (RFC 8058 one-click).
      'post /api/notifications/unsubscribe',
    ]);
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('checks the database in /api/health and sets security headers', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', database: 'up' });
    expect(health.headers['x-request-id']).toBeTruthy();
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document generated from the contracts, and its reference page', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/people/{id}', '/api/alliances/{allianceId}/invitations']));
    expect(doc.components.schemas).toHaveProperty('LoginRequest');
    expect(doc.components.schemas).toHaveProperty('ErrorBody');
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('answers unknown API routes with a 404 in the error shape', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('seeds the demo data once, however often it runs', async () => {
    const database = await createTestDatabase();
    try {
      expect(await seedDemo(database.url)).toBe(true);
      expect(await seedDemo(database.url)).toBe(false);
      const ds = await new DataSource(dataSourceOptions(database.url)).initialize();
      const [row] = await ds.query<{ count: number }[]>('SELECT count(*)::int AS count FROM alliance');
      const emails = (await ds.query<{ email: string }[]>('SELECT email FROM person')).map((r) => r.email);
      await ds.destroy();
      expect(row?.count).toBe(2);
      expect(emails).toEqual(expect.arrayContaining(['admin@demo.peerhub.test', 'coordinator@demo.peerhub.test', 'expert@demo.peerhub.test', 'member@demo.peerhub.test']));
    } finally {
      await database.drop();
    }
  });
});
