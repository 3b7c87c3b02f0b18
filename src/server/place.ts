/**
 * Where a build server listens: a Unix socket in the folder `server` of the
 * user's cache folder, made by the server with no access for others. A client
 * connects only when that folder and the socket are the user's own, not links,
 * and writable by nobody else: another user cannot put a server of theirs in
 * its way.
 */
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from '../startup/cache-files';
import { bundleIdentity, keyHash, serverKey } from './key';

export interface Place {
  folder: string;
  socket: string;
  key: string;
}

/** A socket's path must fit sockaddr_un (108 bytes on Linux, 104 on macOS, with its terminating zero). */
const SOCKET_PATH_BYTES = 100;

/** Where a server for this process would listen; undefined where there can be none (Windows, no bundles, a long path). */
export function serverPlace(bundleDir: string, env: NodeJS.ProcessEnv = process.env): Place | undefined {
  if (process.platform === 'win32' || !process.getuid) return undefined;
  const identity = bundleIdentity(bundleDir);
  if (identity === undefined) return undefined;
  const cache = cacheFolder(env);
  const key = serverKey(identity, cache, env);
  const folder = path.join(cache, 'server');
  const socket = path.join(folder, `${keyHash(key)}.sock`);
  // Room for the server's temporary name (see server.ts) too.
  return Buffer.byteLength(socket) + 12 <= SOCKET_PATH_BYTES ? { folder, socket, key } : undefined;
}

const lstat = (file: string): Stats | undefined => {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
};

/** The user's own, not a link, writable by no one else. */
export const ownedAndPrivate = (s: Stats) => s.uid === process.getuid!() && (s.mode & 0o022) === 0;

/** `ready` to connect; `absent` when no server listens there; `unsafe` when its folder or socket is not the user's alone. */
export function placeState(place: Pick<Place, 'folder' | 'socket'>): 'ready' | 'absent' | 'unsafe' {
  const folder = lstat(place.folder);
  if (!folder) return 'absent';
  if (!folder.isDirectory() || !ownedAndPrivate(folder)) return 'unsafe';
  const socket = lstat(place.socket);
  if (!socket) return 'absent';
  return socket.isSocket() && ownedAndPrivate(socket) ? 'ready' : 'unsafe';
}
