#!/usr/bin/env node
'use strict';
require('../dist/src/startup/short-run-jit.js').tuneJitForShortRun(process.argv.slice(2));
require('../dist/src/startup/use-code-cache.js');
require('../dist/bundle/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
