import { ConfigError, loadConfig } from './config.schema';

describe('loadConfig', () => {
  it('applies the defaults of a fresh machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.dataDir.endsWith('.data')).toBe(true);
  });

  it('names each bad variable', () => {
    const load = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT: /);
    expect(load).toThrow(/DATABASE_URL: must be a postgres:\/\/ connection string/);
  });

  it('never seeds demo people into a given database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('requires a JWT secret for a production database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@h/db' })).toThrow(/JWT_SECRET/);
  });
});
