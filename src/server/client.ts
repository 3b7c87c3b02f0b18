/**
 * The client side of the build server (server.ts), loaded by bin/gongwen.js
 * for the commands a server runs. It asks the user's server to run the
 * command and prints what the server's run printed; where there is no server,
 * or it cannot be trusted, or it fails before it answers, the command runs in
 * this process as it would without a server, which then starts one for the
 * next runs. Kept small: it is loaded by every `build`.
 */
import { mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { writeTo } from '../cli/process-io';
import { ownedAndPrivate, placeState, serverPlace, type Place } from './place';
import { parseReply, type Request } from './protocol';

/** `build` without --watch (which stays with its own process): never reads standard input, prints the same on any terminal. */
export function servedCommand(argv: string[]): boolean {
  return argv[0] === 'build' && !argv.some((a) => a === '--watch' || a.startsWith('--watch='));
}

export type Outcome = { code: number } | { start?: () => void };

/** The exit code of the command as the server ran it; otherwise, when a server should be started after the command runs here, how. */
export async function runOnServer(argv: string[], bundleDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  try {
    return await served(argv, bundleDir, env);
  } catch {
    // whatever went wrong on the way (a folder that vanished under this process): the command runs here
    return {};
  }
}

async function served(argv: string[], bundleDir: string, env: NodeJS.ProcessEnv): Promise<Outcome> {
  if (env.GONGWEN_SERVER === 'off' || process.execArgv.length > 0) return {};
  const place = serverPlace(bundleDir, env);
  if (!place) return {};
  const state = placeState(place);
  if (state === 'unsafe') return {};
  const startOne = { start: () => startServer(place, bundleDir) };
  if (state === 'absent') return startOne;
  const request: Request = { key: place.key, argv, cwd: process.cwd(), umask: process.umask(), env };
  const answer = await exchange(place.socket, request);
  const reply = answer && parseReply(answer);
  if (!reply) return startOne;
  if ('inProcess' in reply) return {};
  for (const [fd, bytes] of reply.output) writeTo[fd === 1 ? 1 : 2](Buffer.from(bytes, 'base64'));
  return { code: reply.code };
}

/** What the server at `socket` answered `message`, whole or cut short; undefined when none listens there. */
export function exchange(socket: string, message: object): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const { createConnection } = require('node:net') as typeof import('node:net');
    const chunks: Buffer[] = [];
    const connection: Socket = createConnection(socket, () => connection.end(JSON.stringify(message)));
    connection.on('data', (chunk: Buffer) => chunks.push(chunk));
    connection.on('error', () => resolve(undefined));
    connection.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Starts a server for the next runs, detached: its own process group, no terminal, nothing this process waits for.
 * Not where the folder cannot be made the user's alone (a read-only cache folder): the command simply keeps running
 * in its own process.
 */
function startServer(place: Place, bundleDir: string): void {
  try {
    mkdirSync(place.folder, { recursive: true, mode: 0o700 });
    const { lstatSync } = require('node:fs') as typeof import('node:fs');
    if (!ownedAndPrivate(lstatSync(place.folder))) return;
    const { spawn } = require('node:child_process') as typeof import('node:child_process');
    const server = spawn(process.execPath, [path.join(bundleDir, 'server.js')], { detached: true, stdio: 'ignore', cwd: place.folder });
    server.unref();
  } catch {
    // no server this time: the next run tries again
  }
}
