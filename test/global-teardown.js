/** Removes the run's temporary folder (see global-setup.js). */
const { rmSync } = require('node:fs');

module.exports = () => {
  if (process.env.GONGWEN_TEST_TEMP_ROOT) rmSync(process.env.GONGWEN_TEST_TEMP_ROOT, { recursive: true, force: true });
};
