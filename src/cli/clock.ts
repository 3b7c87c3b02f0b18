/** Milliseconds from an arbitrary start, for a build's timings: the `performance` global loads node:perf_hooks on first use, ~2 ms of a build's start. */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
