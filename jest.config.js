/** @type {import('jest').Config} */
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'node',
  // Jest's default (one worker fewer than the cores) leaves one of a 2-core machine's cores idle: most suites wait on
  // processes they start (our CLI, LibreOffice, poppler), so two workers there.
  maxWorkers: Math.max(2, availableParallelism() - 1),
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
