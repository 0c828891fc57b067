/**
 * The event payload and name, read as @actions/github's `context` reads them (GITHUB_EVENT_PATH,
 * GITHUB_EVENT_NAME). Our own because importing @actions/github builds octokit and its HTTP stack at start-up
 * (and throws from the import itself on a malformed payload).
 */
import { existsSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface EventContext {
  event: Record<string, unknown>;
  eventName: string;
}

/** Throws on a payload file that is not a JSON object; a missing file is said on stdout, as the runner's library does. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventContext {
  let event: Record<string, unknown> = {};
  const file = env.GITHUB_EVENT_PATH;
  if (file) {
    if (existsSync(file)) {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object`);
      event = parsed as Record<string, unknown>;
    } else process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist${EOL}`);
  }
  return { event, eventName: env.GITHUB_EVENT_NAME ?? '' };
}
