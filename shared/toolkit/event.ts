/**
 * The event payload and name, read as @actions/github's `context` reads them (GITHUB_EVENT_PATH,
 * GITHUB_EVENT_NAME). Our own because importing @actions/github builds octokit and its HTTP stack at start-up,
 * and throws from the import itself on a malformed payload (a stack trace before the action could say
 * anything). Here a payload that is not a JSON object is a configuration error naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { ConfigurationError } from '../io.js';

export interface EventContext {
  event: Record<string, unknown>;
  eventName: string;
}

/** Throws a ConfigurationError on a payload file that is not a JSON object; a missing file is said on stdout, as the runner's library does. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventContext {
  let event: Record<string, unknown> = {};
  const file = env.GITHUB_EVENT_PATH;
  if (file) {
    if (existsSync(file)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
        throw new ConfigurationError(`the event payload GITHUB_EVENT_PATH='${file}' is not JSON (${why}); the runner writes it as a JSON object — check what replaced the file`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new ConfigurationError(`the event payload GITHUB_EVENT_PATH='${file}' is ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed)}, not a JSON object`);
      }
      event = parsed as Record<string, unknown>;
    } else process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist${EOL}`);
  }
  return { event, eventName: env.GITHUB_EVENT_NAME ?? '' };
}
