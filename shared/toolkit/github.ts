/**
 * The GitHub client: octokit from GITHUB_API_URL with retry + throttling, and the two sticky writers the
 * actions need — one PR comment and one issue per subject, found again by a hidden HTML marker across all
 * pages and updated in place. A 403 becomes a warning that names the missing permission.
 */
import type { RetryingOctokit } from './octokit.js';
import { scrub } from './secrets.js';
import { capText, COMMENT_LIMIT_CHARS } from './summary.js';

export type GitHub = InstanceType<typeof RetryingOctokit>;

export interface GitHubOptions {
  token: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  /** Attempts after the first for 5xx and network errors. */
  retries?: number;
  /** Base of plugin-retry's quadratic wait, in ms (1000 in production). */
  retryBaseMs?: number;
  /** Each request is abandoned after this long (a stalled connection); retried like a 5xx. Default 30 s. */
  timeoutMs?: number;
  warn?: (message: string) => void;
}

/** plugin-request-log's line for a failed request. */
const REQUEST_LOG_LINE = /^[A-Z]+ \S+ - \S+ with id \S+ in \d+ms$/;

export async function createGitHub(options: GitHubOptions, env: NodeJS.ProcessEnv = process.env): Promise<GitHub> {
  // octokit is its own chunk, loaded here: most runs never call the API (see octokit.ts).
  const { RetryingOctokit, spacedWrites } = await import('./octokit.js');
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? (Number(env.RDA_GITHUB_RETRY_BASE_MS) || 1000);
  const warn = options.warn ?? (() => {});
  const timeoutMs = options.timeoutMs ?? (Number(env.RDA_GITHUB_TIMEOUT_MS) || 30_000);
  // No request waits longer than timeoutMs: a server that accepts and never answers would hold the step.
  const timedFetch: typeof fetch = (input, init) => {
    const limit = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
  };
  return new RetryingOctokit({
    request: { fetch: timedFetch },
    auth: options.token || undefined,
    baseUrl: (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'rust-distro-actions',
    // octokit logs every failed request as an error (`GET /user - 403 with id … in 7ms`): each failure that
    // matters is reported by the caller in words, and the expected 403 of GET /user for an installation token
    // (every run with GITHUB_TOKEN) is not a warning.
    log: { debug: () => {}, info: () => {}, warn, error: (m: string) => (REQUEST_LOG_LINE.test(m) ? undefined : warn(m)) },
    retry: { retries, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      // The plugin spaces writes 1 s, writes that notify 3 s and searches 2 s apart (its own limiters in
      // production); on a test's time base (ms instead of s) the same spacing in ms.
      ...(base !== 1000 ? { write: spacedWrites(base), notifications: spacedWrites(3 * base), search: spacedWrites(2 * base) } : {}),
      onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        warn(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
        return retryCount < 2 && retryAfter <= 120;
      },
      onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        warn(`GitHub secondary rate limit hit for ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
        return retryCount < 2 && retryAfter <= 120;
      },
    },
  });
}

export function markerComment(marker: string): string {
  if (!/^[A-Za-z0-9:._/@-]+$/.test(marker)) throw new Error(`internal: marker '${marker}' has characters unsafe in an HTML comment`);
  return `<!-- rust-distro-actions:${marker} -->`;
}

function withMarker(marker: string, body: string): string {
  const tag = markerComment(marker);
  const capped = capText(scrub(body), COMMENT_LIMIT_CHARS - tag.length - 2, 'chars', 'the full report is in the job summary');
  return `${tag}\n${capped}`;
}

export type UpsertResult =
  | { status: 'created' | 'updated' | 'unchanged' | 'closed' | 'absent'; id: number; number?: number; url?: string }
  | { status: 'forbidden'; message: string }
  | { status: 'failed'; message: string };

function httpStatus(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function failure(e: unknown, permission: string): UpsertResult {
  const status = httpStatus(e);
  if (status === 403 || status === 401) {
    return {
      status: 'forbidden',
      message: `GitHub refused the request (${status}): the token lacks \`${permission}\` permission (a pull request from a fork gets a read-only token). ${describe(e)}`,
    };
  }
  return { status: 'failed', message: `GitHub request failed${status ? ` (${status})` : ''}: ${describe(e)}` };
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The account a token writes as: comments and issues it creates carry this `user`. */
export interface Identity {
  login: string;
  type: string;
}

/** What GITHUB_TOKEN (the installation token of the github-actions app) writes as. */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', type: 'Bot' };

const identities = new WeakMap<GitHub, Promise<Identity>>();

/** A login GitHub gives an app's account (`github-actions[bot]`, `my-app[bot]`) is a Bot; any other a User. */
function identityOf(login: string): Identity {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

/**
 * Who this client's token is: `GET /user` for a personal token. An app installation token gets a 403 there;
 * GraphQL's `viewer` answers for it (`github-actions[bot]` for GITHUB_TOKEN, `<app-slug>[bot]` for a custom
 * GitHub App's token, e.g. from actions/create-github-app-token). When that fails too, github-actions[bot] is
 * assumed and a warning says so. Asked once per client.
 */
export function tokenIdentity(gh: GitHub): Promise<Identity> {
  let known = identities.get(gh);
  if (!known) {
    known = gh.rest.users.getAuthenticated().then(
      (r) => ({ login: r.data.login, type: r.data.type }),
      (e: unknown) => {
        if (httpStatus(e) === 403) return viewerIdentity(gh);
        throw e;
      },
    );
    identities.set(gh, known);
  }
  return known;
}

async function viewerIdentity(gh: GitHub): Promise<Identity> {
  try {
    const r = await gh.graphql<{ viewer?: { login?: unknown } | null }>('query { viewer { login } }');
    const login = r?.viewer?.login;
    if (typeof login !== 'string' || !login) throw new Error('the answer names no viewer.login');
    return identityOf(login);
  } catch (e) {
    gh.log.warn(
      `could not tell which account the GitHub token writes as: GET /user was refused (403, an app installation token) and the GraphQL viewer query failed (${httpStatus(e) ? `${httpStatus(e)}: ` : ''}${describe(e)}); ` +
        `assuming ${ACTIONS_BOT.login}, what GITHUB_TOKEN writes as. If the token is another GitHub App's, this run does not find its own earlier comment or issue ` +
        `and takes ${ACTIONS_BOT.login}'s for its own.`,
    );
    return ACTIONS_BOT;
  }
}

/**
 * Written by us: only then may a marker find it. Anyone can paste our hidden marker into a comment or an
 * issue; editing or closing theirs would put our verdict under their text. Login AND type must match: an
 * account named like the bot is not the bot.
 */
function ours(user: { login?: string; type?: string } | null | undefined, me: Identity): boolean {
  return !!user && user.login === me.login && user.type === me.type;
}

/** The comment on an issue/PR that carries `marker` and that this token's identity wrote, if any. */
export async function findOwnComment(gh: GitHub, target: RepoRef & { issueNumber: number }, marker: string) {
  const tag = markerComment(marker);
  const me = await tokenIdentity(gh);
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.find((c) => (c.body ?? '').includes(tag) && ours(c.user, me));
}

/** Create or update the one comment on an issue/PR that carries `marker` (and that we wrote). */
export async function upsertComment(
  gh: GitHub,
  target: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
): Promise<UpsertResult> {
  const text = withMarker(marker, body);
  try {
    const existing = await findOwnComment(gh, target, marker);
    if (existing) {
      if (existing.body === text) return { status: 'unchanged', id: existing.id, url: existing.html_url };
      const r = await gh.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: text });
      return { status: 'updated', id: r.data.id, url: r.data.html_url };
    }
    const r = await gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: text });
    return { status: 'created', id: r.data.id, url: r.data.html_url };
  } catch (e) {
    return failure(e, 'pull-requests: write');
  }
}

export type StickyCommentResult = { id: number; status: string; url?: string } | { skipped: string } | { warning: string };

/**
 * The sticky comment: `write` creates or updates it; `refresh` only updates one an earlier run wrote (so a
 * comment about since-reverted changes does not go stale). GitHub refusing it is a warning, never a failure.
 */
export async function stickyComment(
  gh: GitHub,
  target: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
  action: 'write' | 'refresh',
): Promise<StickyCommentResult> {
  if (action === 'refresh') {
    let exists: boolean;
    try {
      exists = (await findOwnComment(gh, target, marker)) !== undefined;
    } catch (e) {
      return { warning: `could not look for an earlier sticky comment: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!exists) return { skipped: 'nothing to comment on and no earlier comment to refresh' };
  }
  const r = await upsertComment(gh, target, marker, body);
  if (r.status === 'forbidden' || r.status === 'failed') return { warning: `sticky comment not written: ${r.message}. The job summary has the full report.` };
  return { id: r.id, status: r.status, ...(r.url ? { url: r.url } : {}) };
}

async function findIssue(gh: GitHub, target: RepoRef, tag: string, state: 'open' | 'all') {
  const me = await tokenIdentity(gh);
  // Only issues we opened: the creator filter asks GitHub for fewer pages, the check below is what counts.
  const issues = await gh.paginate(gh.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state,
    per_page: 100,
    ...(me.type === 'Bot' ? {} : { creator: me.login }),
  });
  return issues.find((i) => !i.pull_request && (i.body ?? '').includes(tag) && ours(i.user, me));
}

/** Create or update the one open issue that carries `marker` (and that we opened). */
export async function upsertIssue(
  gh: GitHub,
  target: RepoRef,
  marker: string,
  issue: { title: string; body: string; labels?: string[] },
): Promise<UpsertResult> {
  const tag = markerComment(marker);
  const text = withMarker(marker, issue.body);
  try {
    const existing = await findIssue(gh, target, tag, 'open');
    if (existing) {
      if (existing.body === text && existing.title === scrub(issue.title)) {
        return { status: 'unchanged', id: existing.id, number: existing.number, url: existing.html_url };
      }
      const r = await gh.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: existing.number, title: scrub(issue.title), body: text });
      return { status: 'updated', id: r.data.id, number: r.data.number, url: r.data.html_url };
    }
    const r = await gh.rest.issues.create({
      owner: target.owner,
      repo: target.repo,
      title: scrub(issue.title),
      body: text,
      ...(issue.labels?.length ? { labels: issue.labels } : {}),
    });
    return { status: 'created', id: r.data.id, number: r.data.number, url: r.data.html_url };
  } catch (e) {
    return failure(e, 'issues: write');
  }
}

/** Close the open issue we opened carrying `marker`, with a final comment; 'absent' when there is none. */
export async function closeIssue(gh: GitHub, target: RepoRef, marker: string, comment: string): Promise<UpsertResult> {
  const tag = markerComment(marker);
  try {
    const existing = await findIssue(gh, target, tag, 'open');
    if (!existing) return { status: 'absent', id: 0 };
    await gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: existing.number, body: scrub(comment) });
    await gh.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { status: 'closed', id: existing.id, number: existing.number, url: existing.html_url };
  } catch (e) {
    return failure(e, 'issues: write');
  }
}

/** `owner/repo` from GITHUB_REPOSITORY, with an error naming the expected form. */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const full = env.GITHUB_REPOSITORY ?? '';
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}
