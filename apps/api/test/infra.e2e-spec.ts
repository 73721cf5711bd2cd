/**
 * The deployment files checked without a Docker engine or a cluster: parsed as YAML (the `yaml`
 * package), their environment validated by the API's own zod schema, their probes matched against
 * the API's route table, their ports against PORT, their proxy timeouts against socket.io's
 * heartbeat. See infra/README.md for what each check stands in for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server as EngineServer } from 'engine.io';
import { parse, parseAllDocuments } from 'yaml';
import { FEATURE_MODULES } from '../src/app.module';
import { DEPLOYMENT_REQUIRED, EnvSchema, loadConfig } from '../src/config/config.schema';
import { routeTable } from '../src/openapi/route-table';

const INFRA = join(__dirname, '../../../infra');
const read = (file: string) => readFileSync(join(INFRA, file), 'utf8');
const SCHEMA_KEYS = Object.keys(EnvSchema.shape);
/** Values an operator would put in infra/.env, each valid for its variable. */
const OPERATOR_ENV: Record<string, string> = {
  PUBLIC_URL: 'https://peerhub.example.org',
  POSTGRES_PASSWORD: 'a-database-password',
  JWT_SECRET: 'x'.repeat(48),
  METRICS_TOKEN: 'm'.repeat(32),
  SMTP_URL: 'smtp://user:pass@smtp.example.org:587',
};

/** Compose's `${VAR}`, `${VAR:?message}` and `${VAR:-default}`, as `docker compose config` resolves them. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const given = OPERATOR_ENV[name];
    if (given !== undefined) return given;
    if (kind === '-') return rest ?? '';
    throw new Error(`compose needs ${name}, which infra/.env.example does not list`);
  });
}

/** The routes the API serves, as the paths a probe or a proxy would use (/api/health/ready). */
const servedGetPaths = () => routeTable(FEATURE_MODULES).filter((r) => r.method === 'get').map((r) => r.path);

/** Seconds after which socket.io gives up on a silent connection: proxies must wait longer. */
function heartbeatSeconds(): number {
  // The API keeps engine.io's defaults (no gateway sets pingInterval/pingTimeout): read them from it.
  const { pingInterval, pingTimeout } = new EngineServer().opts;
  if (pingInterval === undefined || pingTimeout === undefined) throw new Error('engine.io no longer reports its heartbeat defaults');
  return (pingInterval + pingTimeout) / 1000;
}

describe('infra/compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as { services: Record<string, { environment?: Record<string, string>; command?: string[]; expose?: string[]; deploy?: { replicas?: number }; depends_on?: Record<string, { condition: string }>; image?: string; ports?: string[]; volumes?: string[] }> };
  const api = compose.services.api!;
  const env = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

  it('runs PostgreSQL, Redis, a migration, two API replicas and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'migrate', 'nginx', 'postgres', 'redis']);
    expect(api.deploy?.replicas).toBe(2);
    expect(compose.services.migrate?.command).toEqual(['node', 'apps/api/dist/database/cli/run-migrations.js']);
    expect(api.depends_on?.migrate?.condition).toBe('service_completed_successfully');
  });

  it('gives the API only variables it knows, every one a deployment needs, all valid for its schema', () => {
    expect(Object.keys(env).filter((k) => !SCHEMA_KEYS.includes(k))).toEqual([]);
    for (const key of DEPLOYMENT_REQUIRED) expect(env).toHaveProperty(key);
    const config = loadConfig(env);
    expect(config.databaseUrl).toMatch(/@postgres:5432\/peerhub$/);
    expect(config.redisUrl).toBe('redis://redis:6379');
    expect(config.metricsToken).toBeDefined();
    expect(config.trustProxy).toBe(true);
    expect(config.seedDemo).toBe(false);
    // The migration job runs with the same configuration.
    expect(compose.services.migrate?.environment).toEqual(api.environment);
  });

  it('lists every variable it asks the operator for in infra/.env.example', () => {
    const example = Object.fromEntries(read('.env.example').split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const asked = [...read('compose.yaml').matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]);
    expect([...new Set(asked)].filter((name) => !(name! in example))).toEqual([]);
  });

  it('points nginx at the API port, upgrades WebSockets, outwaits the socket.io heartbeat and hides the metrics', () => {
    const nginx = read('nginx.conf');
    expect(nginx).toContain(`server api:${loadConfig(env).port}`);
    const socketBlock = /location \/socket\.io\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(socketBlock).toContain('proxy_set_header Upgrade $http_upgrade');
    expect(socketBlock).toContain('proxy_set_header Connection $connection_upgrade');
    for (const directive of ['proxy_read_timeout', 'proxy_send_timeout']) {
      const seconds = Number(new RegExp(`${directive} (\\d+)s;`).exec(socketBlock)?.[1]);
      expect(seconds).toBeGreaterThan(heartbeatSeconds());
    }
    expect(nginx).toMatch(/location = \/api\/metrics \{\s*return 404;/);
    expect(nginx).toContain('ip_hash;');
    expect(api.expose).toEqual([String(loadConfig(env).port)]);
  });
});

describe('infra/k8s', () => {
  const docs = ['configmap.yaml', 'secret.example.yaml', 'migrate-job.yaml', 'deployment.yaml', 'service.yaml', 'ingress.yaml'].flatMap((file) =>
    parseAllDocuments(read(`k8s/${file}`)).map((d) => d.toJS() as { kind: string; metadata: { name: string; annotations?: Record<string, string> }; data?: Record<string, string>; stringData?: Record<string, string>; spec: Record<string, never> }),
  );
  const byKind = (kind: string) => docs.find((d) => d.kind === kind)!;
  const configMap = byKind('ConfigMap');
  const secret = byKind('Secret');
  const env = { ...configMap.data, ...secret.stringData };
  type Container = { name: string; command?: string[]; ports?: Array<{ name: string; containerPort: number }>; envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>; readinessProbe?: { httpGet: { path: string; port: string } }; livenessProbe?: { httpGet: { path: string; port: string } }; startupProbe?: { httpGet: { path: string; port: string } } };
  const podOf = (doc: { spec: Record<string, never> }) => (doc.spec as unknown as { template: { spec: { containers: Container[]; terminationGracePeriodSeconds?: number } } }).template.spec;
  const api = podOf(byKind('Deployment')).containers[0]!;
  const migrate = podOf(byKind('Job')).containers[0]!;

  it('configures the API through the ConfigMap and the Secret with known, valid variables that a deployment needs', () => {
    expect(Object.keys(env).filter((k) => !SCHEMA_KEYS.includes(k))).toEqual([]);
    for (const key of DEPLOYMENT_REQUIRED) expect(env).toHaveProperty(key);
    // Secrets live in the Secret, not in the ConfigMap.
    for (const key of ['DATABASE_URL', 'JWT_SECRET', 'METRICS_TOKEN', 'SMTP_URL']) expect(configMap.data).not.toHaveProperty(key);
    expect(() => loadConfig(env)).not.toThrow();
    for (const container of [api, migrate]) {
      expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
    }
  });

  it('probes routes the API serves, on the port it listens on', () => {
    const port = loadConfig(env).port;
    expect(api.ports).toEqual([{ name: 'http', containerPort: port }]);
    expect(api.readinessProbe?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    expect(api.livenessProbe?.httpGet).toEqual({ path: '/api/health', port: 'http' });
    const served = servedGetPaths();
    for (const probe of [api.readinessProbe, api.livenessProbe, api.startupProbe]) expect(served).toContain(probe?.httpGet.path);
    const annotations = (byKind('Deployment').spec as unknown as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata.annotations;
    expect(served).toContain(annotations['prometheus.io/path']);
    expect(annotations['prometheus.io/port']).toBe(String(port));
  });

  it('gives a stopping pod longer than the API grace period, and migrates with the CLI', () => {
    expect(podOf(byKind('Deployment')).terminationGracePeriodSeconds).toBeGreaterThan(loadConfig(env).shutdownGraceSeconds + 5);
    expect(migrate.command).toEqual(['node', 'apps/api/dist/database/cli/run-migrations.js']);
  });

  it('routes the ingress to the service port that targets the API, with timeouts above the socket.io heartbeat', () => {
    const ingress = byKind('Ingress');
    const service = byKind('Service') as unknown as { metadata: { name: string }; spec: { ports: Array<{ name: string; targetPort: string }> } };
    expect(service.spec.ports[0]?.targetPort).toBe('http');
    const backend = (ingress.spec as unknown as { rules: Array<{ http: { paths: Array<{ backend: { service: { name: string; port: { name: string } } } }> } }> }).rules[0]!.http.paths[0]!.backend.service;
    expect(backend).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0]!.name } });
    for (const key of ['proxy-read-timeout', 'proxy-send-timeout']) expect(Number(ingress.metadata.annotations?.[`nginx.ingress.kubernetes.io/${key}`])).toBeGreaterThan(heartbeatSeconds());
  });
});

describe('infra/Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  it('builds in stages and runs the built API as a non-root user with a health check on a real route', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toContain('CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]');
    const health = /HEALTHCHECK[^\n]*\n[^\n]*'\/api\/health'/.exec(runtime);
    expect(health).not.toBeNull();
    expect(servedGetPaths()).toContain('/api/health');
    expect(runtime).toContain(`EXPOSE ${loadConfig({ NODE_ENV: 'production' }).port}`);
  });
});
