/**
 * The build server (dist/bundle/server.js), started by a client (client.ts)
 * that found none: it keeps the CLI's code compiled and its JIT warm for the
 * user's next builds, serving one request at a time. Every request runs as
 * a fresh process would (kept-code.ts) in the client's folder, with its
 * umask, arguments and environment; what a fresh process does when it ends
 * (its exit handlers: pruning the cache folder) is done after each request.
 *
 * It exits when idle for GONGWEN_SERVER_IDLE_SECONDS (900), when its
 * resident memory passes GONGWEN_SERVER_MAX_MB (1024) after a request, when
 * its socket is removed or replaced (a newer server of the same key, a
 * cleaned cache folder), when the CLI's bundles change, and on `gongwen
 * server stop`.
 *
 * GONGWEN_SERVER_LOG names a file it appends a line to as it starts, takes a
 * request, answers (with the exit code, its peak resident set in KiB and the
 * request's milliseconds) and retires, each with its process id: to see where
 * builds go.
 */
import { appendFileSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import path from 'node:path';
import type { main as Main } from '../cli/main';
import { KeptBundles } from './kept-code';
import { bundleIdentity } from './key';
import { ownedAndPrivate, serverPlace, type Place } from './place';
import { STOPPED, type Reply, type Request, type StopRequest } from './protocol';

const PRIVATE = 0o077;
const CHECK_EVERY_MS = 1000;
const INTERNAL_ERROR = 3;
const GRACE_MS = 10_000;
/** Bundles no request runs: the server's own, the client's, the one-shot start-up, `server stop`. */
const NOT_SERVED = new Set(['server.js', 'client.js', 'startup.js', 'server-stop.js']);

const positive = (text: string | undefined, fallback: number) => (Number(text) > 0 ? Number(text) : fallback);
const IDLE_MS = positive(process.env.GONGWEN_SERVER_IDLE_SECONDS, 900) * 1000;
const MAX_RSS_BYTES = positive(process.env.GONGWEN_SERVER_MAX_MB, 1024) * 1024 * 1024;
const LOG = process.env.GONGWEN_SERVER_LOG;

function log(event: string, detail = ''): void {
  if (!LOG) return;
  try {
    appendFileSync(LOG, `${event} ${process.pid} ${detail}`.trimEnd() + '\n');
  } catch {
    // a log that cannot be written is no reason to stop serving
  }
}

class BuildServer {
  private readonly code = new KeptBundles(__dirname);
  private readonly identity = bundleIdentity(__dirname);
  private readonly listener = createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
  private socketInode: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;
  private idle: NodeJS.Timeout | undefined;
  private retired = false;

  constructor(private readonly place: Place) {}

  listen(): void {
    const temporary = path.join(this.place.folder, `${process.pid}.tmp`);
    rmSync(temporary, { force: true });
    this.listener.on('error', () => this.retire('cannot listen'));
    this.listener.listen(temporary, () => {
      // Renamed into place whole: a second server started at the same moment replaces this one's socket, and this one
      // then sees that and leaves.
      renameSync(temporary, this.place.socket);
      this.socketInode = lstatSync(this.place.socket).ino;
      log('started', this.place.socket);
      this.code.compileKept(path.dirname(this.place.folder), NOT_SERVED);
      this.armIdle();
      setInterval(() => this.stillWanted() || this.retire('socket or code gone'), CHECK_EVERY_MS).unref();
    });
  }

  private accept(socket: Socket): void {
    const chunks: Buffer[] = [];
    // A client that went away (Ctrl-C) is no trouble: its request still runs to the end, its reply goes nowhere.
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      this.waiting++;
      clearTimeout(this.idle);
      this.queue = this.queue
        .then(() => this.answer(Buffer.concat(chunks)))
        .catch(() => JSON.stringify({ inProcess: true } satisfies Reply))
        .then((reply) => void socket.end(reply))
        .finally(() => this.done());
    });
  }

  private async answer(message: Buffer): Promise<string> {
    const request = JSON.parse(message.toString('utf8')) as Request | StopRequest;
    if ('stop' in request) {
      this.retire('stopped');
      return STOPPED;
    }
    return JSON.stringify(await this.reply(request));
  }

  private async reply(request: Request): Promise<Reply> {
    if (request.key !== this.place.key || this.retired) return { inProcess: true };
    // The code it keeps loaded must be the code the client would run (checked every second as well).
    if (bundleIdentity(__dirname) !== this.identity) {
      this.retire('code changed');
      return { inProcess: true };
    }
    return this.run(request);
  }

  private async run(request: Request): Promise<Reply> {
    try {
      process.chdir(request.cwd);
    } catch {
      return { inProcess: true };
    }
    process.umask(request.umask);
    useEnvironment(request.env);
    log('request', JSON.stringify(request.argv));
    const started = process.hrtime.bigint();
    const listening = processListeners();
    const output: [1 | 2, string][] = [];
    const print = (fd: 1 | 2) => (text: string | Uint8Array, encoding?: BufferEncoding) => output.push([fd, Buffer.from(text as string, encoding).toString('base64')]);
    const restore = [captured(process.stdout, print(1)), captured(process.stderr, print(2))];
    let code = INTERNAL_ERROR;
    try {
      const { main } = this.code.forRequest<{ main: typeof Main }>('main.js');
      code = await main(request.argv, { out: (line) => print(1)(`${line}\n`), err: (line) => print(2)(`${line}\n`) });
    } finally {
      endLikeAProcess(listening, code);
      restore.forEach((undo) => undo());
      process.umask(PRIVATE);
    }
    log('answered', `${code} ${process.resourceUsage().maxRSS} ${Number((process.hrtime.bigint() - started) / 1000n) / 1000}`);
    // An internal error is reported with its stack from the client's own process, as without a server.
    return code === INTERNAL_ERROR ? { inProcess: true } : { code, output };
  }

  private done(): void {
    this.waiting--;
    if (process.memoryUsage.rss() > MAX_RSS_BYTES) this.retire('memory');
    if (this.waiting === 0 && !this.retired) this.armIdle();
  }

  private armIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.retire('idle'), IDLE_MS);
  }

  /** Its socket is still the one it made, and the CLI's code still the code it runs. */
  private stillWanted(): boolean {
    return this.ownsSocket() && bundleIdentity(__dirname) === this.identity;
  }

  /**
   * Takes no more requests and answers those it has: the process then ends as nothing is left to do, or at the
   * latest after a grace period (a client that never ends its request).
   */
  private retire(why: string): void {
    if (this.retired) return;
    this.retired = true;
    log('retired', why);
    clearTimeout(this.idle);
    this.listener.close();
    if (this.ownsSocket()) rmSync(this.place.socket, { force: true });
    setTimeout(() => process.exit(0), GRACE_MS).unref();
  }

  /** The socket in its place is the one this server made (not one a newer server renamed over it). */
  private ownsSocket(): boolean {
    try {
      return lstatSync(this.place.socket).ino === this.socketInode;
    } catch {
      return false;
    }
  }
}

/**
 * What is written to `stream` (the server's own output goes nowhere) goes to `print` instead, until the returned
 * function is called: a library's console.warn reaches the client where a process of its own would print it.
 */
function captured(stream: NodeJS.WriteStream, print: (text: string | Uint8Array, encoding?: BufferEncoding) => void): () => void {
  const write = stream.write;
  stream.write = ((text: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void) => {
    print(text, typeof encoding === 'string' ? encoding : undefined);
    const callback = typeof encoding === 'function' ? encoding : done;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof stream.write;
  return () => {
    stream.write = write;
  };
}

type Listener = (...args: unknown[]) => void;

/** Every listener on `process`, by event. */
const processListeners = () => new Map(process.eventNames().map((event) => [event, new Set(process.listeners(event as 'exit') as Listener[])]));

/**
 * After a request: the listeners it put on `process` (those there before, `listening`, are the server's) are
 * removed, and its exit handlers run first, as they would when a process of its own ends.
 */
function endLikeAProcess(listening: Map<string | symbol, Set<Listener>>, code: number): void {
  for (const event of process.eventNames()) {
    for (const listener of process.listeners(event as 'exit') as Listener[]) {
      if (listening.get(event)?.has(listener)) continue;
      process.removeListener(event, listener);
      if (event === 'exit') listener.call(process, code);
    }
  }
}

/** The client's environment, exactly, for the request's run. */
function useEnvironment(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!Object.hasOwn(env, name)) delete process.env[name];
  Object.assign(process.env, env);
}

function start(): void {
  process.umask(PRIVATE);
  const place = serverPlace(__dirname);
  if (!place) return;
  mkdirSync(place.folder, { recursive: true, mode: 0o700 });
  if (!ownedAndPrivate(lstatSync(place.folder))) return;
  process.chdir(place.folder);
  new BuildServer(place).listen();
}

start();
