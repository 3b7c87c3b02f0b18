/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  // What `npm run build` generates beside the compiled sources is compiled at run time in tests of src/.
  moduleNameMapper: {
    '^\\./validator\\.generated$': '<rootDir>/test/helpers/compiled-now/validator.ts',
    '^\\./templates\\.generated$': '<rootDir>/test/helpers/compiled-now/templates.ts',
  },
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
