/**
 * Workflow commands read from an action's stdout the way the runner reads them, which is looser than the
 * harness's parser: the runner's line reader ends a line at `\r`, `\n` or `\r\n`, and a line is a command
 * when it starts with `::` after leading whitespace. `::stop-commands::TOKEN` turns that off until `::TOKEN::`.
 */
export interface RunnerCommand {
  command: string;
  properties: string;
  message: string;
}

export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line.trimEnd() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stopToken = m[3] ?? '';
      continue;
    }
    out.push({ command: m[1]!, properties: m[2] ?? '', message: m[3] ?? '' });
  }
  return out;
}
