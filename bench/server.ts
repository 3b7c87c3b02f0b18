/**
 * The build server (src/server) in the cold-start figures: a clerk's second
 * and later builds are answered by it, so each served row is measured with a
 * server that has answered one build of the row already, and its own peak
 * memory is reported beside the client's (it holds what a build in its own
 * process holds). Also the first run, which builds in its own process and
 * starts the server.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, runNode } from './processes';

const WAIT_MS = 20;
const GIVE_UP_MS = 30_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function waitUntil(condition: () => boolean): void {
  const end = performance.now() + GIVE_UP_MS;
  while (!condition()) {
    if (performance.now() > end) throw new Error('the build server did not come or go in time');
    sleep(WAIT_MS);
  }
}

/** The environment's server sockets (one a key). */
const sockets = (env: NodeJS.ProcessEnv) => {
  const folder = path.join(env.GONGWEN_CACHE_DIR!, 'server');
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.sock')) : [];
};

/** Stops the environment's servers (their sockets are gone when `server stop` returns) and empties their log. */
export function stopServers(env: NodeJS.ProcessEnv): void {
  runNode([BIN, 'server', 'stop'], env);
  waitUntil(() => sockets(env).length === 0);
  writeFileSync(env.GONGWEN_SERVER_LOG!, '');
}

/** After a run that found no server: waits until the server it started listens. */
export const awaitServer = (env: NodeJS.ProcessEnv) => waitUntil(() => sockets(env).length > 0);

/** A fresh server for `args`, started by a run of them in their own process (the row's warm-up is then its first request). */
export function freshServer(args: string[], env: NodeJS.ProcessEnv): void {
  stopServers(env);
  runNode(args, env);
  awaitServer(env);
}

/** The largest peak resident set any server reported since its log was emptied (it logs its peak with each answer). */
export function serverPeakMiB(env: NodeJS.ProcessEnv): number {
  const peaks = readFileSync(env.GONGWEN_SERVER_LOG!, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('answered '))
    .map((line) => Number(line.split(' ')[3]));
  return Math.max(0, ...peaks) / 1024;
}
