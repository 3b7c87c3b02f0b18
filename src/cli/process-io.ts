import { writeSync } from 'node:fs';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Bytes written straight to the file descriptor. process.stdout and
 * process.stderr would load Node's streams and, on a pipe, its network
 * modules: a few milliseconds of a `check` that takes a few dozen. A reader
 * that stops reading (gongwen … | head) is no failure: the lines it does not
 * take are dropped and the command runs to its end, as Unix tools do. Where
 * a plain write does not do (a non-blocking descriptor, Windows' console,
 * which takes UTF-8 only through the stream), the stream writes instead.
 */
function bytesWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (bytes: Buffer) => void {
  let direct = process.platform !== 'win32';
  return (written) => {
    let bytes = written;
    while (direct && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
        direct = false;
      }
    }
    if (bytes.length > 0) dropEpipe(stream()).write(bytes);
  };
}

function dropEpipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return stream;
}

/** Standard output (1) and error (2), as bytes: what a build server's client prints of the server's run. */
export const writeTo: Record<1 | 2, (bytes: Buffer) => void> = {
  1: bytesWriter(1, () => process.stdout),
  2: bytesWriter(2, () => process.stderr),
};

export const processIo: Io = {
  out: (line) => writeTo[1](Buffer.from(`${line}\n`)),
  err: (line) => writeTo[2](Buffer.from(`${line}\n`)),
};
