/**
 * Every test's temporary files go under one folder made for the run and removed after it by global-teardown.js
 * (the tests make thousands of folders with mkdtemp and leave them: a developer's /tmp filled up). Jest runs this
 * in its own process before it starts the workers, which inherit TMPDIR (and GONGWEN_SERVER), as do the programs the
 * tests start.
 */
const { mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = () => {
  process.env.GONGWEN_TEST_TEMP_ROOT = mkdtempSync(path.join(os.tmpdir(), 'gongwen-test-run-'));
  process.env.TMPDIR = process.env.GONGWEN_TEST_TEMP_ROOT;
  // Builds run in their own process, as they did before the build server: no test leaves a server behind. The
  // server's own tests (test/e2e/build-server.test.ts) turn it on for their runs.
  process.env.GONGWEN_SERVER = 'off';
};
