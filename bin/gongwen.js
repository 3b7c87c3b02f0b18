#!/usr/bin/env node
'use strict';
// The CLI runs from its bundles (dist/bundle), compiled with V8's code cache (src/startup/code-cache.ts).
const path = require('node:path');
const { cacheBundles } = require('../dist/src/startup/code-cache.js');
const { cacheFolder } = require('../dist/src/startup/cache-files.js');

cacheBundles(path.join(__dirname, '../dist/bundle'), cacheFolder());
require('../dist/bundle/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
