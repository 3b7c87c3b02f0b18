/**
 * What a module keeps for the rest of its process once it has made it: the
 * fonts it opened, the folders it scanned, the files it wrote to. The build
 * server (src/server) keeps the CLI's modules loaded and runs many builds in
 * one process, each as a process of its own would run it: before each it
 * begins a new process round, and every value kept through `perProcess` is
 * made anew on its first use in that round. A one-shot process, or `build
 * --watch`, never begins one: there a kept value lives as long as the
 * process. Every module-level value that changes after its module loads is
 * either kept through this or listed, with the reason it may outlive a
 * build, in test/unit/process-state.test.ts, which finds those that are
 * neither.
 */
const ROUND = Symbol.for('gongwen.processRound');
// On the global object: each bundle that uses this module has a copy of it (src/startup/bundle.ts).
const marks = globalThis as typeof globalThis & { [ROUND]?: number };

/** The value `make` makes, made once in each process round. */
export function perProcess<T>(make: () => T): () => T {
  let made: { value: T; round: number } | undefined;
  return () => {
    const round = marks[ROUND] ?? 0;
    if (made?.round !== round) made = { value: make(), round };
    return made.value;
  };
}

/** From now on, every value kept through `perProcess` is made anew on its first use, as in a new process. */
export function beginProcessRound(): void {
  marks[ROUND] = (marks[ROUND] ?? 0) + 1;
}
