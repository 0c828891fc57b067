/**
 * A loopback stand-in for the GitHub REST API: the few routes the actions use, Link-header pagination,
 * recorded calls, and fault injection (5xx, 403 rate limit with reset, secondary limit with retry-after,
 * slow responses). Held to GitHub's published REST description (`@octokit/openapi`, api.github.com): at
 * `stop()` every recorded request (route, query parameters, body) and every response it gave (status, body;
 * injected faults excepted, which play GitHub's undocumented outages) is checked against it, and `stop()`
 * throws on an undocumented route, field or shape — so no test can pass against a fake GitHub would not be.
 *
 * One GraphQL query is answered too, `POST /graphql` with `query { viewer { login } }` (who a token is; it
 * answers app installation tokens, which `GET /user` refuses). GraphQL is not in the REST description, so the
 * shape GitHub gives is written down here (`checkGraphqlExchange`) and held the same way at `stop()`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkExchange } from './openapi.js';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
  /** The JSON body the fake answered with. */
  response?: unknown;
  /** The response was an injected fault (not checked against the description). */
  fault?: boolean;
}

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503 | 404 | 422 }
  | { kind: 'forbidden' }
  | { kind: 'rate-limit'; resetInSeconds?: number }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number }
  | { kind: 'slow'; ms: number };

interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many matching requests get the fault; Infinity for always. */
  times: number;
  fault: Fault;
}

/** An account as the stand-in keeps it; `user` fields of the API are dressed from it. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** What GITHUB_TOKEN (an app installation token) writes as; `GET /user` refuses such a token. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Comment {
  id: number;
  body: string;
  user: Account;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: { name: string }[];
  html_url: string;
  pull_request?: { url: string };
  /** Who opened it (default: a user named someone). */
  user?: Account;
}

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly comments = new Map<number, Comment[]>(); // issue/PR number -> comments
  readonly issues: Issue[] = [];
  readonly pullFiles = new Map<number, { filename: string; status: string }[]>();
  pageSize = 30;
  /**
   * Tokens and whom they belong to: a personal access token's User (`GET /user` answers for it), or a custom
   * GitHub App's installation token, which writes as `<app-slug>[bot]` (type Bot; `GET /user` is 403). Any
   * other token is GITHUB_TOKEN, the installation token of the github-actions app: `GET /user` is 403 and what
   * it writes is authored by github-actions[bot]. GraphQL's `viewer` answers for every one of them.
   */
  readonly users = new Map<string, Account>();
  private faults: FaultRule[] = [];
  private server: http.Server | undefined;
  private nextId = 1000;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (data += c));
      req.on('end', () => {
        void this.handle(req, res, data);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
    const violations = this.violations();
    if (violations.length) {
      throw new Error(`the fake GitHub saw or gave what GitHub's REST description (or, for GraphQL, checkGraphqlExchange) does not allow:\n${violations.slice(0, 30).join('\n')}${violations.length > 30 ? `\n… ${violations.length - 30} more` : ''}`);
    }
  }

  /** Every departure of a recorded request or response from the REST API description. */
  violations(): string[] {
    return this.calls.flatMap((c) => (c.path === '/graphql' ? checkGraphqlExchange(c) : checkExchange(c, { checkResponse: !c.fault })));
  }

  /** Inject a fault for the next `times` matching requests. */
  fail(fault: Fault, match: { method?: string; path?: RegExp; times?: number } = {}): void {
    this.faults.push({ ...(match.method ? { method: match.method } : {}), ...(match.path ? { path: match.path } : {}), times: match.times ?? 1, fault });
  }

  addPullRequest(number: number): void {
    if (!this.comments.has(number)) this.comments.set(number, []);
    this.issues.push({
      id: this.nextId++,
      number,
      title: `PR #${number}`,
      body: '',
      state: 'open',
      labels: [],
      html_url: `https://github.com/example/distro/pull/${number}`,
      pull_request: { url: `${this.url}/repos/example/distro/pulls/${number}` },
    });
  }

  /** A personal access token of `login` (a User). */
  addUser(token: string, login: string): Account {
    const account: Account = { login, id: this.nextId++, type: 'User' };
    this.users.set(token, account);
    return account;
  }

  /**
   * An installation token of a custom GitHub App (what actions/create-github-app-token gives): it writes as
   * `<slug>[bot]`, an account of type Bot.
   */
  addApp(token: string, slug: string): Account {
    const account: Account = { login: `${slug}[bot]`, id: this.nextId++, type: 'Bot' };
    this.users.set(token, account);
    return account;
  }

  addComment(issueNumber: number, body: string, login: string | Account = 'someone'): Comment {
    const now = new Date().toISOString();
    const user: Account = typeof login === 'string' ? { login, id: 0, type: login.endsWith('[bot]') ? 'Bot' : 'User' } : login;
    const c: Comment = { id: this.nextId++, body, user, created_at: now, updated_at: now, html_url: `https://github.com/example/distro/issues/${issueNumber}#issuecomment-${this.nextId}` };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(c);
    this.comments.set(issueNumber, list);
    return c;
  }

  addIssue(partial: Partial<Issue> & { title: string; body: string }): Issue {
    const number = Math.max(0, ...this.issues.map((i) => i.number)) + 1;
    const issue: Issue = {
      id: this.nextId++,
      number,
      state: 'open',
      labels: [],
      html_url: `https://github.com/example/distro/issues/${number}`,
      user: { login: 'someone', id: 0, type: 'User' },
      ...partial,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Calls that changed something (POST/PATCH/PUT/DELETE, but not a GraphQL query) and succeeded. */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => c.method !== 'GET' && c.status < 300 && !(c.path === '/graphql' && !isMutation(c.body)));
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const rule = this.faults.find((f) => f.times > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    if (!rule) return undefined;
    rule.times--;
    return rule.fault;
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    const call = this.calls.at(-1);
    if (call) call.response = body;
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `FAKE:${this.calls.length}`,
      ...headers,
    });
    res.end(text);
  }

  // ---- What api.github.com answers: the stored model dressed in every field GitHub's description requires.
  private get api(): string {
    return this.url;
  }

  private user(account: Account): Record<string, unknown> {
    const login = account.login;
    const id = account.id || [...login].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7);
    const u = `${this.api}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: `U_fake${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: `https://github.com/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: account.type,
      site_admin: false,
    };
  }

  private apiComment(c: Comment, repo: string, issueNumber: number): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_fake${c.id}`,
      url: `${this.api}/repos/${repo}/issues/comments/${c.id}`,
      html_url: c.html_url,
      issue_url: `${this.api}/repos/${repo}/issues/${issueNumber}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
    };
  }

  private apiIssue(i: Issue, repo: string): Record<string, unknown> {
    const u = `${this.api}/repos/${repo}/issues/${i.number}`;
    const now = new Date().toISOString();
    return {
      id: i.id,
      node_id: `I_fake${i.id}`,
      url: u,
      repository_url: `${this.api}/repos/${repo}`,
      labels_url: `${u}/labels{/name}`,
      comments_url: `${u}/comments`,
      events_url: `${u}/events`,
      html_url: i.html_url,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason ?? null,
      title: i.title,
      body: i.body,
      user: this.user(i.user ?? ACTIONS_BOT),
      labels: i.labels.map((l, n) => ({
        id: 100 + n,
        node_id: `LA_fake${n}`,
        url: `${this.api}/repos/${repo}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      comments: (this.comments.get(i.number) ?? []).length,
      closed_at: i.state === 'closed' ? now : null,
      created_at: now,
      updated_at: now,
      author_association: 'NONE',
      ...(i.pull_request
        ? { pull_request: { url: i.pull_request.url, html_url: i.html_url, diff_url: `${i.html_url}.diff`, patch_url: `${i.html_url}.patch`, merged_at: null } }
        : {}),
    };
  }

  private apiFile(f: { filename: string; status: string }, repo: string): Record<string, unknown> {
    const sha = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    return {
      sha,
      filename: f.filename,
      status: f.status,
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `https://github.com/${repo}/blob/${sha}/${f.filename}`,
      raw_url: `https://github.com/${repo}/raw/${sha}/${f.filename}`,
      contents_url: `${this.api}/repos/${repo}/contents/${f.filename}?ref=${sha}`,
    };
  }

  private paginate<T>(res: http.ServerResponse, req: http.IncomingMessage, url: URL, items: T[], status: number): number {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page')) || this.pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const links: string[] = [];
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      links.push(`<${this.url}${u.pathname}${u.search}>; rel="${rel}"`);
    };
    if (page < last) {
      link(page + 1, 'next');
      link(last, 'last');
    }
    if (page > 1) {
      link(1, 'first');
      link(page - 1, 'prev');
    }
    this.send(res, status, slice, links.length ? { link: links.join(', ') } : {});
    void req;
    return status;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, data: string): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = data ? JSON.parse(data) : undefined;
    } catch {
      body = data;
    }
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.calls.push(call);
    const fault = this.takeFault(method, url.pathname);
    if (fault) {
      if (fault.kind === 'slow') {
        // Answered late, or never when the client gave up first or the fake stopped: not held to the description.
        call.fault = true;
        const gone = new Promise<void>((r) => res.once('close', () => r()));
        await Promise.race([new Promise((r) => setTimeout(r, fault.ms).unref()), gone]);
        if (res.destroyed || res.writableEnded) return;
      } else {
        call.fault = true;
        call.status = this.applyFault(res, fault);
        return;
      }
    }
    call.status = this.route(method, url, body, req, res);
  }

  private applyFault(res: http.ServerResponse, fault: Exclude<Fault, { kind: 'slow' }>): number {
    switch (fault.kind) {
      case 'status': {
        const messages: Record<number, string> = { 500: 'Internal Server Error', 502: 'Server Error', 503: 'Service Unavailable', 404: 'Not Found', 422: 'Validation Failed' };
        this.send(res, fault.status, { message: messages[fault.status], documentation_url: 'https://docs.github.com/rest' });
        return fault.status;
      }
      case 'forbidden':
        this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
        return 403;
      case 'rate-limit':
        this.send(
          res,
          403,
          { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 1)) },
        );
        return 403;
      case 'secondary-rate-limit':
        this.send(
          res,
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        );
        return 403;
    }
  }

  /** Who the request's token is: a known PAT's user, else github-actions[bot]; undefined without a token. */
  private caller(req: http.IncomingMessage): Account | undefined {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return undefined;
    return this.users.get(token) ?? ACTIONS_BOT;
  }

  private route(method: string, url: URL, body: unknown, req: http.IncomingMessage, res: http.ServerResponse): number {
    const p = url.pathname;
    const b = (body ?? {}) as Record<string, unknown>;
    const now = new Date().toISOString();
    let m: RegExpExecArray | null;
    const repo = /^\/repos\/([^/]+\/[^/]+)/.exec(p)?.[1] ?? 'example/distro';
    const caller = this.caller(req) ?? ACTIONS_BOT;
    if (p === '/user' && method === 'GET') {
      const who = this.caller(req);
      if (!who) {
        this.send(res, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '401' });
        return 401;
      }
      if (who.type === 'Bot') {
        this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
        return 403;
      }
      const at = '2020-01-01T00:00:00Z';
      this.send(res, 200, {
        ...this.user(who),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: at,
        updated_at: at,
      });
      return 200;
    }
    if (p === '/graphql' && method === 'POST') return this.graphql(b, req, res);
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const n = Number(m[1]);
      if (method === 'GET') return this.paginate(res, req, url, (this.comments.get(n) ?? []).map((c) => this.apiComment(c, repo, n)), 200);
      if (method === 'POST') {
        if (typeof b.body !== 'string') return this.invalid(res, 'body');
        const c = this.addComment(n, b.body, caller);
        this.send(res, 201, this.apiComment(c, repo, n));
        return 201;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p)) && method === 'PATCH') {
      const id = Number(m[1]);
      for (const [n, list] of this.comments) {
        const c = list.find((x) => x.id === id);
        if (c) {
          if (typeof b.body !== 'string') return this.invalid(res, 'body');
          c.body = b.body;
          c.updated_at = now;
          this.send(res, 200, this.apiComment(c, repo, n));
          return 200;
        }
      }
      this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return 404;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(p))) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const list = this.issues.filter((i) => state === 'all' || i.state === state);
        return this.paginate(res, req, url, list.map((i) => this.apiIssue(i, repo)), 200);
      }
      if (method === 'POST') {
        if (typeof b.title !== 'string' || !b.title) return this.invalid(res, 'title');
        const issue = this.addIssue({
          title: b.title,
          body: typeof b.body === 'string' ? b.body : '',
          labels: Array.isArray(b.labels) ? b.labels.map((l) => ({ name: String(l) })) : [],
          user: caller,
        });
        this.send(res, 201, this.apiIssue(issue, repo));
        return 201;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(p))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) {
        this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return 404;
      }
      if (method === 'GET') {
        this.send(res, 200, this.apiIssue(issue, repo));
        return 200;
      }
      if (method === 'PATCH') {
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (typeof b.state_reason === 'string') issue.state_reason = b.state_reason;
        if (Array.isArray(b.labels)) issue.labels = b.labels.map((l) => ({ name: String(l) }));
        this.send(res, 200, this.apiIssue(issue, repo));
        return 200;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(p)) && method === 'GET') {
      return this.paginate(res, req, url, (this.pullFiles.get(Number(m[1])) ?? []).map((f) => this.apiFile(f, repo)), 200);
    }
    this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    return 404;
  }

  /**
   * `POST /graphql` as `checkGraphqlExchange` describes it. Only the viewer query is modelled: any other gets
   * a 200 with `errors` (GitHub's form for a query it cannot run) and is a violation at `stop()`.
   */
  private graphql(b: Record<string, unknown>, req: http.IncomingMessage, res: http.ServerResponse): number {
    const who = this.caller(req);
    if (!who) {
      this.send(res, 401, { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' });
      return 401;
    }
    if (typeof b.query !== 'string' || !VIEWER_QUERY.test(b.query)) {
      this.send(res, 200, { errors: [{ message: 'the fake GitHub answers only `query { viewer { login } }`' }] });
      return 200;
    }
    this.send(res, 200, { data: { viewer: { login: who.login } } });
    return 200;
  }

  private invalid(res: http.ServerResponse, field: string): number {
    this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field }], documentation_url: 'https://docs.github.com/rest' });
    return 422;
  }
}

/** `query { viewer { login } }`, with or without the `query` keyword and an operation name. */
const VIEWER_QUERY = /^\s*(?:query(?:\s+[A-Za-z_]\w*)?\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/;

function isMutation(body: unknown): boolean {
  const q = (body as { query?: unknown } | undefined)?.query;
  return typeof q === 'string' && /^\s*mutation\b/.test(q);
}

/**
 * What GitHub's GraphQL endpoint takes and gives for the one query the toolkit sends (docs.github.com,
 * "Forming calls with GraphQL"; the viewer of an app installation token is its bot, e.g. `my-app[bot]`):
 *
 *   request   POST /graphql, JSON `{"query": string, "variables"?: object, "operationName"?: string}`, no URL query
 *   200       `{"data": {"viewer": {"login": string}}}`, or `{"errors": [{"message": string, …}], "data"?: …}`
 *             for a query GitHub cannot run (GraphQL errors come with status 200)
 *   401       without a token or with a bad one: `{"message": string, "documentation_url": string}`
 *
 * Injected faults (5xx, 403) play outages and are not held to it, as on the REST side.
 */
export function checkGraphqlExchange(x: RecordedCall): string[] {
  const where = `${x.method} ${x.path}`;
  if (x.method !== 'POST') return [`${where}: GraphQL takes POST only`];
  const errs: string[] = [];
  for (const k of Object.keys(x.query)) errs.push(`${where}: query parameter '${k}' is not part of a GraphQL call`);
  const b = x.body as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return [...errs, `${where} body: expected a JSON object`];
  if (typeof b.query !== 'string') errs.push(`${where} body.query: expected string, got ${typeof b.query}`);
  else if (!VIEWER_QUERY.test(b.query)) errs.push(`${where}: the fake models only \`query { viewer { login } }\`, not ${JSON.stringify(b.query.slice(0, 80))}`);
  for (const k of Object.keys(b)) if (!['query', 'variables', 'operationName'].includes(k)) errs.push(`${where} body: '${k}' is not a GraphQL request field`);
  if ('variables' in b && (typeof b.variables !== 'object' || Array.isArray(b.variables))) errs.push(`${where} body.variables: expected object`);
  if (x.fault) return errs;
  const r = x.response as Record<string, unknown> | undefined;
  if (x.status === 401) {
    if (typeof r?.message !== 'string' || typeof r?.documentation_url !== 'string') errs.push(`${where} → 401: expected {message, documentation_url}`);
  } else if (x.status === 200) {
    const viewer = (r?.data as { viewer?: { login?: unknown } } | undefined)?.viewer;
    const errors = r?.errors;
    if (errors !== undefined) {
      if (!Array.isArray(errors) || !errors.every((e) => typeof (e as { message?: unknown })?.message === 'string')) errs.push(`${where} → 200: errors must be a list of {message}`);
    } else if (typeof viewer?.login !== 'string' || !viewer.login) errs.push(`${where} → 200: expected {data: {viewer: {login: string}}}`);
  } else errs.push(`${where}: status ${x.status} is not what GitHub's GraphQL endpoint answers`);
  return errs;
}
