/**
 * Ending a process without losing its output. A runner reads a step's stdout through a pipe, and Node writes
 * to pipes asynchronously: `process.exit()` right after writing drops whatever is still queued (the end of a
 * log group, the last annotations, the failure message). So the exit code is set first, and the process
 * exits only once stdout and stderr have handed everything to the OS — still explicitly, so a dangling HTTP
 * handle (octokit, the cache client) cannot keep a finished step alive.
 */
export function exitWhenFlushed(code: number, fallbackMs = 30_000): void {
  process.exitCode = code;
  const exit = () => process.exit(code);
  // A reader that never drains (a stopped pager) must not hold the step forever; unref'd, so it never
  // delays an exit that nothing else is holding up.
  setTimeout(exit, fallbackMs).unref();
  flushed(process.stdout, () => flushed(process.stderr, exit));
}

/** Call `then` once everything written to `stream` so far is written out (write callbacks run in order). */
function flushed(stream: NodeJS.WritableStream, then: () => void): void {
  try {
    stream.write('', () => then());
  } catch {
    then();
  }
}
