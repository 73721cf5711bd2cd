/** Unit tests of the web app's pure parts (translations, helpers) on the TypeScript source through swc. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The ICU parser ships as ES modules only; swc turns it into CommonJS like the sources.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|intl-messageformat)/)'],
  testEnvironmentOptions: { customExportConditions: ['@peerhub/source', 'node', 'require', 'default'] },
};
