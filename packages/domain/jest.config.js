/** Unit tests run on the TypeScript source through swc: no build step in between. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The contracts' message translations use the ICU formatter, which ships as ES modules only.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|intl-messageformat)/)'],
  testEnvironmentOptions: { customExportConditions: ['@peerhub/source', 'node', 'require', 'default'] },
};
