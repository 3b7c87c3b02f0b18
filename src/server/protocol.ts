/**
 * One request a connection: the client writes its request as JSON and ends
 * its side; the server answers with one JSON reply and closes. The reply
 * comes whole, after the command has finished, so a client whose server dies
 * on the way has printed nothing and can run the command itself.
 */
export interface Request {
  /** The client's server key (key.ts): the server serves only its own. */
  key: string;
  argv: string[];
  cwd: string;
  umask: number;
  env: NodeJS.ProcessEnv;
}

/** Stop: `gongwen server stop`; answered with STOPPED. */
export interface StopRequest {
  stop: true;
}

export const STOPPED = '{"stopped":true}';

export type Reply =
  /**
   * What the command printed, in order: its lines and whatever its libraries wrote to process.stdout or
   * process.stderr (a console.warn of pdf-lib's), as base64 of the bytes, with the descriptor (1 or 2); and its exit code.
   */
  | { code: number; output: [1 | 2, string][] }
  /** Not served: the client runs the command itself (another key, an internal error to report from its own process). */
  | { inProcess: true };

/** The reply in `bytes`, if they hold a whole one. */
export function parseReply(bytes: Buffer): Reply | undefined {
  try {
    const reply = JSON.parse(bytes.toString('utf8')) as Reply;
    if ('inProcess' in reply && reply.inProcess === true) return reply;
    if ('code' in reply && Number.isInteger(reply.code) && Array.isArray(reply.output)) return reply;
  } catch {
    // a server that died mid-reply
  }
  return undefined;
}
