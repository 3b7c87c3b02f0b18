/**
 * What a build server is kept for: everything of the client's process that
 * could change what a build writes or prints. A client is served only by a
 * server whose key is the same text (the server compares the whole text; the
 * socket's name carries a hash of it, so a client finds the right server).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Variables a shell or terminal sets anew for each window, tab or login and
 * that nothing on a build's path reads at start-up: neither Node (NODE_*,
 * TZ, LANG/LC_* and the rest stay in the key) nor our code or its libraries.
 * They are left out of the key so that a clerk's two windows share a server;
 * a request still runs with the client's own values (the server takes the
 * client's whole environment for each request).
 */
export const VOLATILE_VARIABLES = new Set([
  'PWD', 'OLDPWD', 'SHLVL', '_', 'WINDOWID', 'TERM_SESSION_ID', 'GNOME_TERMINAL_SCREEN', 'SSH_CLIENT', 'SSH_CONNECTION', 'SSH_TTY', 'TMUX_PANE', 'WT_SESSION',
]);

/** The identity of the CLI's bundles (written by bundle.ts beside them); undefined when there is none. */
export function bundleIdentity(bundleDir: string): string | undefined {
  try {
    return readFileSync(path.join(bundleDir, 'identity'), 'latin1');
  } catch {
    return undefined;
  }
}

export function serverKey(identity: string, cacheFolder: string, env: NodeJS.ProcessEnv): string {
  const variables = Object.entries(env)
    .filter(([name]) => !VOLATILE_VARIABLES.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const user = process.getuid && process.getgid && process.getgroups ? [process.getuid(), process.getgid(), process.getgroups()] : [];
  return JSON.stringify([identity, process.execPath, process.execArgv, process.versions, process.arch, process.platform, user, cacheFolder, variables]);
}

/** 64 bits of two FNV-1a hashes, as hex: names the socket (node:crypto would cost a client ~1.5 ms to load). */
export function keyHash(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
