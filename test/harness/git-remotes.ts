/**
 * Real git remotes for tests: bare repositories over file://, and the same served over HTTP by
 * `git http-backend` behind a node:http server that can fail, stall or cut the first N requests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, cpSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir(),
};

export function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface BareRemote {
  /** Directory of the bare repository. */
  dir: string;
  url: string;
  /** Replace the remote's content with `sourceDir`'s files as a new commit on `branch`; returns the commit. */
  commit(sourceDir: string, message?: string, branch?: string): string;
  cleanup(): void;
}

/** A bare repository under a fresh temp dir, first committed from `sourceDir` (a fixture tree). */
export function makeBareRemote(sourceDir?: string, branch = 'master'): BareRemote {
  const base = mkdtempSync(path.join(os.tmpdir(), 'rda-remote-'));
  const dir = path.join(base, 'remote.git');
  git(['init', '-q', '--bare', `--initial-branch=${branch}`, dir]);
  const work = path.join(base, 'work');
  git(['init', '-q', `--initial-branch=${branch}`, work]);
  git(['remote', 'add', 'origin', dir], work);
  const remote: BareRemote = {
    dir,
    url: `file://${dir}`,
    commit(src: string, message = 'update', br = branch) {
      for (const entry of execFileSync('ls', ['-A', work], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
        if (entry !== '.git') rmSync(path.join(work, entry), { recursive: true, force: true });
      }
      cpSync(src, work, { recursive: true });
      git(['add', '-A'], work);
      git(['commit', '-q', '--allow-empty', '-m', message], work);
      git(['push', '-q', 'origin', `HEAD:refs/heads/${br}`], work);
      return git(['rev-parse', 'HEAD'], work).trim();
    },
    cleanup() {
      rmSync(base, { recursive: true, force: true });
    },
  };
  if (sourceDir) remote.commit(sourceDir, 'initial');
  return remote;
}

export interface FaultyHttpRemote {
  url: string;
  /** Requests seen (method + path). */
  requests: string[];
  /** Fail the next N requests with this behaviour. */
  failNext(n: number, how: 'status-500' | 'stall' | 'cut'): void;
  /** Fail every request from now on. */
  failAlways(how: 'status-500' | 'stall' | 'cut'): void;
  heal(): void;
  stop(): Promise<void>;
}

function gitExecPath(): string {
  return execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();
}

/** Serve the bare repositories under `projectRoot` over smart HTTP through `git http-backend`. */
export async function startFaultyHttpRemote(projectRoot: string): Promise<FaultyHttpRemote> {
  const backend = path.join(gitExecPath(), 'git-http-backend');
  if (!existsSync(backend)) throw new Error(`git http-backend not found at ${backend}`);
  let failCount = 0;
  let failMode: 'status-500' | 'stall' | 'cut' = 'status-500';
  let always = false;
  const requests: string[] = [];
  const stalled = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (always || failCount > 0) {
      if (!always) failCount--;
      if (failMode === 'status-500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('injected failure\n');
        return;
      }
      if (failMode === 'stall') {
        stalled.add(res); // never answer
        req.resume();
        return;
      }
      req.socket.destroy(); // cut the connection
      return;
    }
    const child = spawn(backend, [], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(child.stdin);
    // CGI output: headers, blank line, body.
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const idx = head.indexOf('\r\n\r\n');
      const idx2 = head.indexOf('\n\n');
      const end = idx >= 0 ? idx : idx2;
      if (end < 0) return;
      const sepLen = idx >= 0 ? 4 : 2;
      const headerText = head.subarray(0, end).toString('utf8');
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of headerText.split(/\r?\n/)) {
        const c = line.indexOf(':');
        if (c < 0) continue;
        const k = line.slice(0, c).trim();
        const v = line.slice(c + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      headersDone = true;
      const rest = head.subarray(end + sepLen);
      if (rest.length) res.write(rest);
    });
    child.on('close', () => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(n, how) {
      failCount = n;
      failMode = how;
    },
    failAlways(how) {
      always = true;
      failMode = how;
    },
    heal() {
      always = false;
      failCount = 0;
    },
    async stop() {
      for (const r of stalled) r.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A temp dir that the test removes. */
export function tempDir(prefix = 'rda-test-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(d, { recursive: true });
  return d;
}
