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

/** What an action needs from a `pull_request` payload; fields it cannot trust are left out. */
export interface PullRequestEvent {
  number?: number;
  baseSha?: string;
  /** Whether the head branch lives in the base repository (not a fork); false when the payload cannot tell. */
  sameRepository: boolean;
  /** `owner/name` of the head repository, for messages; undefined for a deleted fork. */
  headRepository?: string;
}

/** The pull request of an event payload, undefined when the event is not about one. */
export function pullRequestOf(event: Record<string, unknown>): PullRequestEvent | undefined {
  const pr = event['pull_request'];
  if (!pr || typeof pr !== 'object') return undefined;
  const o = pr as { number?: unknown; base?: { sha?: unknown; repo?: { full_name?: unknown } | null }; head?: { repo?: { full_name?: unknown } | null } };
  const headRepo = o.head?.repo?.full_name;
  const baseRepo = o.base?.repo?.full_name;
  // A deleted fork has `head.repo: null`: it counts as a fork.
  const out: PullRequestEvent = {
    sameRepository: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() === baseRepo.toLowerCase(),
  };
  if (typeof headRepo === 'string') out.headRepository = headRepo;
  if (typeof o.number === 'number' && Number.isSafeInteger(o.number) && o.number > 0) out.number = o.number;
  const sha = o.base?.sha;
  if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) out.baseSha = sha;
  return out;
}
