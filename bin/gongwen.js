#!/usr/bin/env node
'use strict';
const argv = process.argv.slice(2);
// Help and version print from the small dispatcher alone: setting up the code cache costs more than it saves there.
if (!['--help', '-h', 'help', '--version', '-V'].includes(argv[0])) {
  require('../dist/bundle/startup.js').tuneJitForShortRun(argv);
}
require('../dist/bundle/main.js').main(argv).then((code) => {
  process.exitCode = code;
});
