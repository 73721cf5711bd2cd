/**
 * Unit specs sit beside the code (src/**\/*.spec.ts); integration specs (test/**\/*.e2e-spec.ts) run the
 * real Nest app against a real PostgreSQL: embedded, started once for the run, or DATABASE_URL.
 */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const swcEsmToCjs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
// file-type 21 (the last release for Node 20; Nest's own copy needs Node 22) exports its entry for
// `import` only, which jest's CommonJS resolver does not ask for: point jest at the file itself.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const fileType = [join(__dirname, 'node_modules/file-type/index.js'), join(__dirname, '../../node_modules/file-type/index.js')].find((p) => existsSync(p));
module.exports = {
  moduleNameMapper: fileType ? { '^file-type$': fileType } : {},
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swcEsmToCjs },
  // Nest 12 and a few of its dependencies ship only ES modules; jest's CommonJS runtime needs them compiled.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@fastify/cookie|ical.js|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|load-esm|cookie|content-disposition|@formatjs|intl-messageformat)/)'],
  testEnvironmentOptions: { customExportConditions: ['@peerhub/source', 'node', 'require', 'default'] },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
