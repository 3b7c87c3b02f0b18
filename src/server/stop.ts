/** `gongwen server stop`: ends every build server of the user's cache folder (each finishes the request it is running). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Io } from '../cli/process-io';
import { usageLine } from '../cli/commands';
import { cacheFolder } from '../startup/cache-files';
import { exchange } from './client';
import { STOPPED } from './protocol';
import { placeState } from './place';

export async function serverCommand(args: string[], io: Io): Promise<number> {
  if (args.length !== 1 || args[0] !== 'stop') {
    io.err(`用法 (usage): ${usageLine('server')}`);
    return 2;
  }
  const folder = path.join(cacheFolder(), 'server');
  let stopped = 0;
  for (const socket of privateSockets(folder)) if ((await exchange(socket, { stop: true }))?.toString() === STOPPED) stopped++;
  io.err(`已停止 ${stopped} 个后台生成服务 (stopped ${stopped} build server${stopped === 1 ? '' : 's'})`);
  return 0;
}

/** The sockets in `folder` a client would connect to (place.ts): none when the folder is not the user's alone. */
function privateSockets(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.sock'))
      .map((name) => path.join(folder, name))
      .filter((socket) => placeState({ folder, socket }) === 'ready');
  } catch {
    return [];
  }
}
