/** Unit tests run on the TypeScript source through swc: no build step in between. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The ICU message formatter ships as ES modules only; swc turns it into CommonJS like the sources.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|intl-messageformat)/)'],
  testEnvironmentOptions: { customExportConditions: ['@peerhub/source', 'node', 'require', 'default'] },
};
