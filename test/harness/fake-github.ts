/**
 * A loopback stand-in for the GitHub REST API: the few routes the actions use, Link-header pagination,
 * recorded calls, and fault injection (5xx, 403 rate limit with reset, secondary limit with retry-after,
 * slow responses). Faithful in status codes, headers and bodies to what api.github.com returns.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
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

export interface Comment {
  id: number;
  body: string;
  user: { login: string };
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
}

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly comments = new Map<number, Comment[]>(); // issue/PR number -> comments
  readonly issues: Issue[] = [];
  readonly pullFiles = new Map<number, { filename: string; status: string }[]>();
  pageSize = 30;
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

  addComment(issueNumber: number, body: string, login = 'someone'): Comment {
    const now = new Date().toISOString();
    const c: Comment = { id: this.nextId++, body, user: { login }, created_at: now, updated_at: now, html_url: `https://github.com/example/distro/issues/${issueNumber}#issuecomment-${this.nextId}` };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(c);
    this.comments.set(issueNumber, list);
    return c;
  }

  addIssue(partial: Partial<Issue> & { title: string; body: string }): Issue {
    const number = Math.max(0, ...this.issues.map((i) => i.number)) + 1;
    const issue: Issue = { id: this.nextId++, number, state: 'open', labels: [], html_url: `https://github.com/example/distro/issues/${number}`, ...partial };
    this.issues.push(issue);
    return issue;
  }

  /** Calls that changed something (POST/PATCH/PUT/DELETE) and succeeded. */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => c.method !== 'GET' && c.status < 300);
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const rule = this.faults.find((f) => f.times > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    if (!rule) return undefined;
    rule.times--;
    return rule.fault;
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
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
      if (fault.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
      else {
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

  private route(method: string, url: URL, body: unknown, req: http.IncomingMessage, res: http.ServerResponse): number {
    const p = url.pathname;
    const b = (body ?? {}) as Record<string, unknown>;
    const now = new Date().toISOString();
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const n = Number(m[1]);
      if (method === 'GET') return this.paginate(res, req, url, this.comments.get(n) ?? [], 200);
      if (method === 'POST') {
        if (typeof b.body !== 'string') return this.invalid(res, 'body');
        const c = this.addComment(n, b.body, 'github-actions[bot]');
        this.send(res, 201, c);
        return 201;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p)) && method === 'PATCH') {
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === id);
        if (c) {
          if (typeof b.body !== 'string') return this.invalid(res, 'body');
          c.body = b.body;
          c.updated_at = now;
          this.send(res, 200, c);
          return 200;
        }
      }
      this.send(res, 404, { message: 'Not Found' });
      return 404;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(p))) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const list = this.issues.filter((i) => state === 'all' || i.state === state);
        return this.paginate(res, req, url, list, 200);
      }
      if (method === 'POST') {
        if (typeof b.title !== 'string' || !b.title) return this.invalid(res, 'title');
        const issue = this.addIssue({
          title: b.title,
          body: typeof b.body === 'string' ? b.body : '',
          labels: Array.isArray(b.labels) ? b.labels.map((l) => ({ name: String(l) })) : [],
        });
        this.send(res, 201, issue);
        return 201;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(p))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) {
        this.send(res, 404, { message: 'Not Found' });
        return 404;
      }
      if (method === 'GET') {
        this.send(res, 200, issue);
        return 200;
      }
      if (method === 'PATCH') {
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (typeof b.state_reason === 'string') issue.state_reason = b.state_reason;
        if (Array.isArray(b.labels)) issue.labels = b.labels.map((l) => ({ name: String(l) }));
        this.send(res, 200, issue);
        return 200;
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(p)) && method === 'GET') {
      return this.paginate(res, req, url, this.pullFiles.get(Number(m[1])) ?? [], 200);
    }
    this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    return 404;
  }

  private invalid(res: http.ServerResponse, field: string): number {
    this.send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field }] });
    return 422;
  }
}
