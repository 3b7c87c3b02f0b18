/**
 * Preload (bench/processes.ts, through NODE_OPTIONS): writes the process's
 * peak resident set, in KiB, to file descriptor 3 as it exits. It is loaded
 * into `node -e 0` as well, so it must cost next to nothing: node:worker_threads
 * alone (to ask isMainThread) would add ~4% to `node -e 0` and flatter every
 * ratio. The CLI starts no threads. It marks nothing in the environment: a
 * build's client sends its environment to the build server, whose key it is
 * (src/server/key.ts). A build server started by a measured client inherits
 * NODE_OPTIONS but has no descriptor 3: it writes nothing (it reports its own
 * peak in its log, see server.ts).
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // no descriptor 3: not a process the bench measures
  }
});
