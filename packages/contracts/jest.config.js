/** Unit tests run on the TypeScript source through swc: no build step in between. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testEnvironmentOptions: { customExportConditions: ['@peerhub/source', 'node', 'require', 'default'] },
};
