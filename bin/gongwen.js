#!/usr/bin/env node
'use strict';
const argv = process.argv.slice(2);
const BUNDLES = `${__dirname}/../dist/bundle`;

/** The command in this process; `then` after it (starting a build server for the next runs). */
function inProcess(then) {
  // Help and version print from the small dispatcher alone: setting up the code cache costs more than it saves there.
  if (!['--help', '-h', 'help', '--version', '-V'].includes(argv[0])) {
    require('../dist/bundle/startup.js').tuneJitForShortRun(argv);
  }
  require('../dist/bundle/main.js').main(argv).then((code) => {
    process.exitCode = code;
    if (then) then();
  });
}

// Only a build goes to the build server (src/server): other commands never load its client.
const client = argv[0] === 'build' ? require('../dist/bundle/client.js') : undefined;
if (client && client.servedCommand(argv)) {
  client.runOnServer(argv, BUNDLES).then((outcome) => ('code' in outcome ? (process.exitCode = outcome.code) : inProcess(outcome.start)));
} else {
  inProcess();
}
