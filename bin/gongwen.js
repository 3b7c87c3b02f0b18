#!/usr/bin/env node
'use strict';
require('v8-compile-cache');
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
