/** licenseAudit on the embedded fixture workspace (no bundle), and the comment decision. */
import { describe, it, expect } from 'vitest';
import path from 'node:path';
import type { RunCommand } from '../../shared/io.js';
import { auditCounts, commentAction, licenseAudit, policyChangeSentence, wantsComment, type FileAtBase } from '../../shared/cargo/license-audit.js';
import { commentMarker, commentBody, summaryBody } from '../../actions/crate-license-audit/render.js';
import { finding, mostSevere } from '../../shared/finding.js';
import type { AuditInputs } from '../../actions/crate-license-audit/inputs.js';
import type { AuditReport } from '../../shared/cargo/audit.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FX = path.join(ROOT, 'fixtures/crate-license-audit');
const noRun: RunCommand = async () => {
  throw new Error('no process expected');
};

function inputs(over: Partial<AuditInputs> = {}): AuditInputs {
  return {
    embedded: false,
    workspace: path.join(FX, 'workspace'),
    manifestPath: path.join(FX, 'workspace/Cargo.toml'),
    lockfile: path.join(FX, 'workspace/Cargo.lock'),
    lockfileDisplay: 'Cargo.lock',
    baseLockfile: path.join(FX, 'base.Cargo.lock'),
    baseLockfileDisplay: 'base.Cargo.lock',
    policyFile: path.join(FX, 'workspace/license-policy.yml'),
    policyDisplay: 'license-policy.yml',
    allow: [],
    deny: [],
    licenseSources: ['vendor', 'distro-tool', 'distro-tool-macros'],
    gentooTrees: [path.join(FX, 'gentoo')],
    query: [],
    comment: 'on-change',
    failOn: ['denied'],
    gentooOutput: false,
    githubToken: '',
    ...over,
  };
}

describe('licenseAudit on the demo workspace', () => {
  it('covers every case the embedded default promises', async () => {
    const given = inputs({ query: ['gpl-tables'] });
    const out = await licenseAudit(given, { run: noRun, info: () => {} });
    const r = out.audit;
    const verdict = (name: string) => r.crates.find((c) => c.name === name)?.verdict;
    expect(verdict('gpl-tables')).toBe('denied');
    expect(r.crates.find((c) => c.name === 'gpl-tables')!.path).toEqual(['distro-tool', 'pretty-report', 'gpl-tables']);
    const row = (name: string) => r.crates.find((c) => c.name === name)!;
    expect(row('memchr')).toMatchObject({ verdict: 'allowed', license: 'Unlicense/MIT', expression: 'Unlicense OR MIT', corrections: ["the legacy '/' separator means OR"] });
    // Allowed by its own WITH entry, not by the plain Apache-2.0 entry; webpki-roots only through its exception.
    expect(row('target-lexicon')).toMatchObject({ verdict: 'allowed', satisfiedBy: ['Apache-2.0 WITH LLVM-exception'] });
    expect(row('webpki-roots')).toMatchObject({ verdict: 'allowed', exceptionUsed: 'webpki-roots@^0.26' });
    expect(verdict('unvendored')).toBe('unknown');
    expect(verdict('vendored-blob')).toBe('needs-review');
    expect(verdict('mystery-codec')).toBe('invalid-spdx');
    expect(r.diff!.updated.map((u) => `${u.name}:${u.class}`).sort()).toEqual(['log:downgrade', 'rand:breaking', 'regex:minor', 'serde:patch']);
    expect(r.diff!.newlyDuplicated.map((d) => d.name)).toEqual(['syn']);
    expect(r.diff!.removed.map((d) => d.name)).toEqual(['atty']);
    expect(r.verdict).toBe('fail');
    expect(auditCounts(r)).toEqual({ denied: 1, unknown: 2, added: 3, removed: 1, updated: 4 });
    expect(r.queries[0]!.crates[0]!.dependents).toEqual(['pretty-report']);
    // Annotations point at the crate's [[package]] line in the head lock.
    const denied = out.findings.find((f) => f.code === 'crate-license-denied')!;
    expect(denied).toMatchObject({ severity: 'error', file: 'Cargo.lock', line: 30 });
    expect(commentBody(out)).toContain('gpl-tables');
    expect(summaryBody(given, out)).toContain('Base: base.Cargo.lock.');
    expect(out.gentoo.crates).toContain('gpl-tables@2.1.0');
    expect(out.gentoo.license).toContain('GPL-3');
  });

  it('the report file: the audit as JSON, one crate (finding, workspace member) per line, handed over in pieces', async () => {
    const files = new Map<string, string | Iterable<string>>();
    const out = await licenseAudit(
      { ...inputs({ query: ['gpl-tables'] }), reportPath: '/runner/temp/report.json' },
      { run: noRun, info: () => {}, writeFileAtomic: async (file, text) => void files.set(file, text) },
    );
    const pieces = files.get('/runner/temp/report.json')!;
    expect(typeof pieces).not.toBe('string');
    const text = [...pieces].join('');
    // read twice (a write retried after its directory went away), the same text
    expect([...pieces].join('')).toBe(text);
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(out.audit));
    const lines = text.split('\n');
    const rows = (key: string) => {
      if (lines.includes(`  "${key}": [],`) || lines.includes(`  "${key}": []`)) return [];
      const at = lines.indexOf(`  "${key}": [`);
      expect(at).toBeGreaterThan(0);
      const end = lines.findIndex((l, i) => i > at && l.startsWith('  ]'));
      return lines.slice(at + 1, end).map((l) => JSON.parse(l.trim().replace(/,$/, '')) as unknown);
    };
    expect(rows('crates')).toEqual(JSON.parse(JSON.stringify(out.audit.crates)));
    expect(rows('findings')).toEqual(JSON.parse(JSON.stringify(out.audit.findings)));
    expect(rows('workspaceMembers')).toEqual(out.audit.workspaceMembers);
    expect(lines[1]).toBe(`  "schema": ${JSON.stringify(out.audit.schema)},`);
  });

  it('the gentoo block is in the summary only with gentoo-output', async () => {
    const off = await licenseAudit(inputs(), { run: noRun, info: () => {} });
    const on = await licenseAudit(inputs({ gentooOutput: true }), { run: noRun, info: () => {} });
    expect(summaryBody(inputs(), off)).not.toContain('#### Gentoo ebuild');
    expect(summaryBody(inputs({ gentooOutput: true }), on)).toContain('#### Gentoo ebuild (14 crates)');
    expect(on.findings.some((f) => f.code === 'gentoo-license-file')).toBe(true);
    expect(off.findings.some((f) => f.code === 'gentoo-license-file')).toBe(false);
  });

  it('a missing base lockfile means every crate is added, with a warning', async () => {
    const out = await licenseAudit(inputs({ baseLockfile: path.join(FX, 'no-such.lock'), baseLockfileDisplay: 'no-such.lock' }), { run: noRun, info: () => {} });
    expect(out.audit.diff!.added).toHaveLength(14);
    expect(out.findings.find((f) => f.code === 'base-lockfile-missing')?.severity).toBe('warning');
  });

  it('a base revision that git cannot produce: audit without a comparison, with a warning', async () => {
    const gitFails: RunCommand = async (file, args) => ({ code: 128, signal: null, stdout: '', stderr: `fatal: ${file} ${args[0]} failed`, timedOut: false, durationMs: 1 });
    const { baseLockfile, baseLockfileDisplay, ...rest } = inputs();
    void baseLockfile;
    void baseLockfileDisplay;
    const out = await licenseAudit({ ...rest, baseRef: 'c'.repeat(40) }, { run: gitFails, info: () => {} });
    expect(out.audit.diff).toBeUndefined();
    expect(out.findings.find((f) => f.code === 'base-lockfile-unavailable')?.message).toMatch(/^no comparison with the pull request's base commit: .* is not a git checkout/);
    expect(out.audit.crates).toHaveLength(14);
    // Given by the user: the message names the input.
    const typo = await licenseAudit({ ...rest, baseRef: 'origin/mian', baseRefFrom: 'input' }, { run: gitFails, info: () => {} });
    expect(typo.findings.find((f) => f.code === 'base-lockfile-unavailable')?.message).toMatch(/^input 'base-ref' \('origin\/mian'\): no comparison with the base: .* is not a git checkout/);
  });

  it('git and cargo children get argument arrays and no action input, token or runner command file', async () => {
    const calls: { file: string; args: readonly string[]; env: Record<string, string | undefined> | undefined; cwd: string | undefined }[] = [];
    const spy: RunCommand = async (file, args, options) => {
      calls.push({ file, args, env: options?.env, cwd: options?.cwd });
      const stdout = file === 'cargo' ? '{"version":1,"packages":[]}' : args[0] === 'show' ? '' : 'x';
      return { code: 0, signal: null, stdout, stderr: '', timedOut: false, durationMs: 1 };
    };
    const secrets = { 'INPUT_GITHUB-TOKEN': 'ghs_secret', GITHUB_TOKEN: 'ghs_secret2', GITHUB_ENV: '/runner/env' };
    const saved = Object.fromEntries(Object.keys(secrets).map((k) => [k, process.env[k]]));
    Object.assign(process.env, secrets);
    try {
      const { baseLockfile, baseLockfileDisplay, ...rest } = inputs();
      void baseLockfile;
      void baseLockfileDisplay;
      await licenseAudit({ ...rest, baseRef: 'c'.repeat(40), licenseSources: ['cargo'] }, { run: spy, info: () => {}, scratchDir: async () => '/runner/temp/scratch' });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    expect(calls.map((c) => c.file).sort()).toEqual(['cargo', 'git', 'git', 'rustup']);
    // rustup and cargo run outside the checkout, so neither reads the pull request's toolchain or cargo config.
    for (const c of calls.filter((x) => x.file !== 'git')) expect(c.cwd).toBe('/runner/temp/scratch');
    for (const c of calls) {
      expect(Array.isArray(c.args)).toBe(true);
      for (const k of Object.keys(secrets)) expect(c.env && k in c.env && c.env[k] === undefined, `${c.file} ${k}`).toBe(true);
    }
  });

  it('a malformed base lockfile: a warning at its line, the head still audited', async () => {
    const out = await licenseAudit(inputs({ baseLockfile: path.join(ROOT, 'fixtures/cargo/lock-malformed-toml/Cargo.lock'), baseLockfileDisplay: 'base/Cargo.lock' }), { run: noRun, info: () => {} });
    expect(out.audit.diff).toBeUndefined();
    expect(out.findings.find((f) => f.code === 'lock-malformed-toml')).toMatchObject({ severity: 'warning', file: 'base/Cargo.lock', line: 7 });
    expect(out.audit.crates).toHaveLength(14);
  });

  it('inline deny is merged over the file: MIT denied everywhere', async () => {
    const out = await licenseAudit(inputs({ deny: ['MIT'] }), { run: noRun, info: () => {} });
    expect(out.audit.crates.find((c) => c.name === 'pretty-report')!.verdict).toBe('denied');
  });

  it('a malformed head lockfile is a configuration error with the line', async () => {
    await expect(licenseAudit(inputs({ lockfile: path.join(ROOT, 'fixtures/cargo/lock-malformed-toml/Cargo.lock') }), { run: noRun, info: () => {} })).rejects.toThrow(
      /^Cargo\.lock:7: Cargo\.lock is not valid TOML/,
    );
  });
});

describe('a pull request is judged with its base commit\'s policy', () => {
  const BASE_POLICY = 'allow: [MIT, Apache-2.0, Apache-2.0 WITH LLVM-exception, Unlicense, BSD-3-Clause]\ndeny: [GPL-3.0-only]\nexceptions:\n  - crate: webpki-roots@^0.26\n    allow: [CDLA-Permissive-2.0]\n';
  const at = (files: Record<string, string | undefined>) => {
    const asked: { file: string; rev: string | undefined }[] = [];
    const readAtBase = async (file: string, rev?: string): Promise<FileAtBase> => {
      asked.push({ file, rev });
      const text = files[file];
      return text === undefined ? { status: 'absent', from: `git show ${rev}:./${file}` } : { status: 'found', text, from: `git show ${rev}:./${file}` };
    };
    return { readAtBase, asked };
  };
  const rev = 'b'.repeat(40);

  it('the base policy decides; the checkout\'s is only compared', async () => {
    const { readAtBase, asked } = at({ 'license-policy.yml': BASE_POLICY.replace('deny: [GPL-3.0-only]', 'deny: [GPL-3.0-only, MIT]') });
    const out = await licenseAudit(inputs({ policyRev: rev }), { run: noRun, info: () => {}, readAtBase });
    expect(asked).toEqual([{ file: 'license-policy.yml', rev }]);
    // MIT denied by the base: the checkout's policy (which allows MIT) would allow pretty-report and others.
    expect(out.audit.crates.find((c) => c.name === 'pretty-report')!.verdict).toBe('denied');
    expect(out.policyChange).toMatchObject({ file: 'license-policy.yml', baseRev: rev, change: 'changed', wouldBe: { verdict: 'fail', judged: 'fail' } });
    expect(out.policyChange!.wouldBe!.crates).toContainEqual({ name: 'pretty-report', version: '0.4.1', now: 'denied', wouldBe: 'allowed' });
    expect(out.findings.find((f) => f.code === 'policy-changed-by-pr')).toMatchObject({ severity: 'warning', file: 'license-policy.yml' });
  });

  it('the same policy at base and head: no note', async () => {
    const { readFile } = await import('node:fs/promises');
    const same = await readFile(path.join(FX, 'workspace/license-policy.yml'), 'utf8');
    const out = await licenseAudit(inputs({ policyRev: rev }), { run: noRun, info: () => {}, readAtBase: at({ 'license-policy.yml': same }).readAtBase });
    expect(out.policyChange).toBeUndefined();
    expect(out.findings.some((f) => f.code === 'policy-changed-by-pr')).toBe(false);
    expect(commentBody(out)).not.toContain('license policy');
  });

  it('a policy the pull request adds does not judge it', async () => {
    const out = await licenseAudit(inputs({ policyRev: rev }), { run: noRun, info: () => {}, readAtBase: at({}).readAtBase });
    expect(out.audit.crates.find((c) => c.name === 'gpl-tables')!.verdict).toBe('allowed');
    expect(out.policyChange).toMatchObject({ change: 'added', wouldBe: { verdict: 'fail', judged: 'pass' } });
    const s = policyChangeSentence(out.policyChange!);
    expect(s).toMatch(/^this pull request adds the license policy `license-policy\.yml`: it was judged without it \(the base commit bbbbbbbbbbbb has none\); the new policy would fail \(1 denied crate\) instead of passing, and change .*gpl-tables 2\.1\.0 allowed → denied/);
  });

  it('a new policy that cannot be used is reported, not applied; crate names are escaped where it goes', async () => {
    const unusable = await licenseAudit(inputs({ policyRev: rev }), {
      run: noRun,
      info: () => {},
      readAtBase: at({ 'license-policy.yml': 'allow: [MIT]\ndenny: [x]\n' }).readAtBase,
    }).catch((e: Error) => e);
    // The base's own policy is broken: that is an error in the base, located there.
    expect(unusable).toBeInstanceOf(Error);
    expect((unusable as Error).message).toMatch(/bbbbbbbbbbbb:license-policy\.yml:2: unknown key 'denny'/);

    const { readAtBase } = at({ 'license-policy.yml': BASE_POLICY });
    const out = await licenseAudit(inputs({ policyRev: rev }), {
      run: noRun,
      info: () => {},
      readAtBase,
      readText: async (f) => (f.endsWith('license-policy.yml') ? 'allow: [MIT]\ndenny: [x]\n' : (await import('node:fs/promises')).readFile(f, 'utf8')),
    });
    expect(out.policyChange).toMatchObject({ change: 'changed', unusable: "license-policy.yml:2: unknown key 'denny' (did you mean 'deny'?); expected one of: allow, deny, exceptions, clarify" });
    expect(policyChangeSentence(out.policyChange!)).toMatch(/; the new policy cannot be used: license-policy\.yml:2: unknown key 'denny'/);
    const named = policyChangeSentence(
      { file: 'p.yml', baseRev: rev, change: 'changed', wouldBe: { verdict: 'pass', judged: 'fail', failedBecause: [], crates: [{ name: '@everyone', version: '1.0.0', now: 'denied', wouldBe: 'allowed' }] } },
      { text: (t) => `<${t}>` },
    );
    expect(named).toContain('change <@everyone> <1.0.0> denied → allowed');
  });
});

describe('a Gentoo tree inside the checkout is policy', () => {
  it('its license groups are read at the base commit on a pull request; a tree outside the checkout is read as it is', async () => {
    const { readFile } = await import('node:fs/promises');
    const { mkdtempSync, cpSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cla-gentoo-'));
    try {
      cpSync(path.join(FX, 'workspace'), dir, { recursive: true });
      cpSync(path.join(FX, 'gentoo'), path.join(dir, 'gentoo'), { recursive: true });
      const groups = path.join(dir, 'gentoo/profiles/license_groups');
      const baseGroups = await readFile(groups, 'utf8');
      // The pull request rewrites @FREE to take in GPL-3; the base commit's groups have GPL-3 in none of them.
      writeFileSync(groups, 'FREE MIT GPL-3 Apache-2.0 BSD Unlicense Apache-2.0-with-LLVM-exceptions CDLA-Permissive-2.0\n');
      const asked: { file: string; rev?: string }[] = [];
      const readAtBase = async (file: string, rev?: string): Promise<FileAtBase> => {
        asked.push({ file, ...(rev ? { rev } : {}) });
        if (file === 'gentoo/profiles/license_groups') return { status: 'found', text: baseGroups.replace(/ GPL-3$/m, '').replace('OSI-APPROVED Apache-2.0 BSD MIT GPL-3', 'OSI-APPROVED Apache-2.0 BSD MIT'), from: 'x' };
        if (file === 'gentoo/metadata/license-mapping.conf') return { status: 'found', text: await readFile(path.join(FX, 'gentoo/metadata/license-mapping.conf'), 'utf8'), from: 'x' };
        return { status: 'absent', from: 'x' };
      };
      const rev = 'e'.repeat(40);
      const base = { workspace: dir, manifestPath: path.join(dir, 'Cargo.toml'), lockfile: path.join(dir, 'Cargo.lock'), gentooTrees: [path.join(dir, 'gentoo')], allow: ['@FREE'] };
      const { policyFile, policyDisplay, ...rest } = inputs(base);
      void policyFile;
      void policyDisplay;
      const pr = await licenseAudit({ ...rest, policyRev: rev }, { run: noRun, info: () => {}, readAtBase });
      expect(asked).toEqual([
        { file: 'gentoo/profiles/license_groups', rev },
        { file: 'gentoo/metadata/license-mapping.conf', rev },
      ]);
      expect(pr.audit.crates.find((c) => c.name === 'gpl-tables')!.verdict).not.toBe('allowed');
      // A tree in a repository of its own under the workspace (the reusable workflow's ::gentoo checkout).
      const { mkdirSync } = await import('node:fs');
      mkdirSync(path.join(dir, 'gentoo/.git'));
      asked.length = 0;
      const own = await licenseAudit({ ...rest, policyRev: rev }, { run: noRun, info: () => {}, readAtBase });
      expect(asked).toEqual([]);
      expect(own.audit.crates.find((c) => c.name === 'gpl-tables')!.verdict).toBe('allowed');
      rmSync(path.join(dir, 'gentoo/.git'), { recursive: true });
      // Outside a pull request the checkout's own file is the policy.
      const push = await licenseAudit(rest, { run: noRun, info: () => {}, readAtBase });
      expect(push.audit.crates.find((c) => c.name === 'gpl-tables')!.verdict).toBe('allowed');
      // A base that cannot be read fails: never the checkout's groups.
      await expect(licenseAudit({ ...rest, policyRev: rev }, { run: noRun, info: () => {}, readAtBase: async () => ({ status: 'unavailable', reason: 'no such commit' }) })).rejects.toThrow(
        /^input 'gentoo-tree': 'gentoo\/profiles\/license_groups' is inside the pull request's checkout, so it is read at the base commit e{40}, and it cannot be: no such commit$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('licenses the pull request declares itself', () => {
  const rev = 'd'.repeat(40);
  const ws = path.join(FX, 'workspace');

  it('a cargo-metadata JSON in the checkout: only the entries it changed lose their word; an unreadable base asks git once', async () => {
    const { readFile } = await import('node:fs/promises');
    const { mkdtempSync, writeFileSync, cpSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cla-declared-'));
    try {
      cpSync(ws, dir, { recursive: true });
      const meta = (pretty: string) =>
        JSON.stringify({ version: 1, packages: [{ name: 'pretty-report', version: '0.4.1', license: pretty, source: 'registry+https://github.com/rust-lang/crates.io-index' }, { name: 'serde', version: '1.0.228', license: 'MIT OR Apache-2.0' }] });
      writeFileSync(path.join(dir, 'meta.json'), meta('MIT'));
      const asked: string[] = [];
      const readAtBase = async (file: string): Promise<FileAtBase> => {
        asked.push(file);
        if (file === 'license-policy.yml') return { status: 'found', text: await readFile(path.join(ws, 'license-policy.yml'), 'utf8'), from: 'x' };
        return file === 'meta.json' ? { status: 'found', text: meta('GPL-3.0-only'), from: 'x' } : { status: 'absent', from: 'x' };
      };
      const given = inputs({ workspace: dir, manifestPath: path.join(dir, 'Cargo.toml'), lockfile: path.join(dir, 'Cargo.lock'), policyFile: path.join(dir, 'license-policy.yml'), licenseSources: ['meta.json', 'vendor'], pullRequestBase: rev });
      const out = await licenseAudit(given, { run: noRun, info: () => {}, readAtBase });
      const row = (n: string) => out.audit.crates.find((c) => c.name === n)!;
      expect(row('pretty-report')).toMatchObject({ license: 'MIT', verdict: 'needs-review', reason: "license declared by this pull request (meta.json), not by the crate's registry" });
      // serde's entry is the same at base: its verdict stands.
      expect(row('serde').verdict).toBe('allowed');
      // The vendor/ directory is not in this "base" at all: every crate read from it is new there.
      expect(out.findings.filter((f) => f.code === 'license-declared-by-pr' && /vendor\//.test(f.message)).length).toBeGreaterThan(3);

      // No base to compare with: every declaration counts as the pull request's, and git is asked once.
      const calls: string[] = [];
      const gone = async (file: string): Promise<FileAtBase> => {
        calls.push(file);
        return file === 'license-policy.yml' ? readAtBase(file) : { status: 'unavailable', reason: 'no such commit' };
      };
      const blind = await licenseAudit(given, { run: noRun, info: () => {}, readAtBase: gone });
      expect(calls.filter((f) => f !== 'license-policy.yml')).toHaveLength(1);
      expect(blind.audit.crates.find((c) => c.name === 'serde')!.verdict).toBe('needs-review');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wantsComment', () => {
  const rep = (verdict: 'pass' | 'fail', changed: boolean, diff = true): AuditReport =>
    ({
      verdict,
      ...(diff ? { diff: { added: changed ? [{}] : [], removed: [], updated: [], checksumChanged: [] } } : {}),
    }) as unknown as AuditReport;
  const table: [Parameters<typeof wantsComment>[0], AuditReport, boolean][] = [
    ['always', rep('pass', false), true],
    ['never', rep('fail', true), false],
    ['on-failure', rep('fail', false), true],
    ['on-failure', rep('pass', true), false],
    ['on-change', rep('pass', true), true],
    ['on-change', rep('fail', false), false],
    ['on-change', rep('fail', true, false), false],
  ];
  table.forEach(([mode, report, want], i) => it(`#${i} ${mode} → ${want}`, () => expect(wantsComment(mode, report)).toBe(want)));

  it('commentAction: write, refresh an earlier comment, or skip', () => {
    expect(commentAction('on-change', rep('pass', true))).toBe('write');
    expect(commentAction('on-change', rep('pass', false))).toBe('refresh');
    expect(commentAction('on-failure', rep('pass', true))).toBe('refresh');
    expect(commentAction('never', rep('fail', true))).toBe('skip');
    // A pull request that changes the policy is worth a comment even when the lockfile did not change.
    expect(commentAction('on-change', rep('pass', false), true)).toBe('write');
    expect(commentAction('on-failure', rep('pass', false), true)).toBe('refresh');
  });

  it('the marker is safe for an HTML comment whatever the path', () => {
    expect(commentMarker('crates/my tool/Cargo.lock')).toBe('crate-license-audit:crates/my-tool/Cargo.lock');
  });
});

describe('mostSevere', () => {
  it('keeps errors when notices would fill the annotation budget', () => {
    const many = Array.from({ length: 60 }, (_, i) => finding('notice', 'crate-new-duplicate', `n${i}`, { file: 'Cargo.lock', line: i + 1 }));
    const err = finding('error', 'crate-license-denied', 'denied', { file: 'Cargo.lock', line: 999 });
    const warn = finding('warning', 'crate-license-unknown', 'unknown', { file: 'Cargo.lock', line: 500 });
    const kept = mostSevere([...many, warn, err], 50);
    expect(kept).toHaveLength(50);
    expect(kept.slice(0, 2)).toEqual([err, warn]);
    expect(kept[2]!.message).toBe('n0');
  });
});

describe('a pull request that changes a cargo-metadata JSON of many crates', () => {
  it('reads the JSON at the base once, and names only the crate whose entry changed', async () => {
    // (per crate, the base JSON was read with git and parsed again: 1,000 crates took 41 s)
    const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const ws = mkdtempSync(path.join(tmpdir(), 'pr-meta-'));
    try {
      const n = 2_000;
      const names = Array.from({ length: n }, (_, i) => `crate${String(i).padStart(5, '0')}`);
      const meta = (lic: (i: number) => string) =>
        JSON.stringify({ version: 1, packages: names.map((name, i) => ({ name, version: '1.0.0', license: lic(i), source: 'registry+https://github.com/rust-lang/crates.io-index' })) });
      let lock = `version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n${names.map((x) => ` "${x}",\n`).join('')}]\n`;
      for (const x of names) lock += `\n[[package]]\nname = "${x}"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'0'.repeat(64)}"\n`;
      writeFileSync(path.join(ws, 'Cargo.toml'), '[package]\nname = "app"\nversion = "0.1.0"\n');
      writeFileSync(path.join(ws, 'Cargo.lock'), lock);
      const baseMeta = meta(() => 'MIT');
      writeFileSync(path.join(ws, 'meta.json'), meta((i) => (i === 7 ? 'Apache-2.0' : 'MIT')));
      const asked: string[] = [];
      const readAtBase = async (file: string): Promise<FileAtBase> => {
        asked.push(file);
        const text = file === 'Cargo.lock' ? lock : file === 'meta.json' ? baseMeta : undefined;
        return text === undefined ? { status: 'absent', from: 'test' } : { status: 'found', text, from: 'test' };
      };
      const out = await licenseAudit(
        {
          ...inputs(),
          workspace: ws,
          manifestPath: path.join(ws, 'Cargo.toml'),
          lockfile: path.join(ws, 'Cargo.lock'),
          lockfileDisplay: 'Cargo.lock',
          baseRef: 'b'.repeat(40),
          pullRequestBase: 'b'.repeat(40),
          licenseSources: ['meta.json'],
        },
        { run: noRun, info: () => {}, readAtBase, readText: async (f) => readFileSync(f, 'utf8') },
      );
      expect(out.audit.crates.filter((c) => c.name.startsWith('crate'))).toHaveLength(n);
      expect(asked.filter((f) => f === 'meta.json')).toHaveLength(1);
      // (the workspace member is new too: the base lock is read with git, which this test has not)
      const declared = out.findings.filter((f) => f.code === 'license-declared-by-pr' && f.message.startsWith('crate'));
      expect(declared.map((f) => f.message)).toEqual([expect.stringMatching(/^crate00007 1\.0\.0: its license \(`Apache-2\.0`\) is read from meta\.json, which this pull request changes/)]);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('a pull request over a committed vendor/ of many crates', () => {
  it('asks git for every file at once, and names exactly the files the pull request adds or changes', async () => {
    // (each vendored Cargo.toml was read at the base with two git processes: a vendor/ of 1,000 crates took 34 s)
    const { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const { runCommand } = await import('../../shared/toolkit/exec.js');
    const ws = mkdtempSync(path.join(tmpdir(), 'pr-vendor-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ws, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).trim();
    try {
      const n = 400;
      const names = Array.from({ length: n + 1 }, (_, i) => `crate${String(i).padStart(4, '0')}`);
      const lockOf = (count: number) => {
        let lock = `version = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n${names.slice(0, count).map((x) => ` "${x}",\n`).join('')}]\n`;
        for (const x of names.slice(0, count)) lock += `\n[[package]]\nname = "${x}"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'0'.repeat(64)}"\n`;
        return lock;
      };
      const vendored = (name: string, license: string, eol = '\n') => {
        mkdirSync(path.join(ws, 'vendor', `${name}-1.0.0`), { recursive: true });
        writeFileSync(path.join(ws, 'vendor', `${name}-1.0.0`, 'Cargo.toml'), ['[package]', `name = "${name}"`, 'version = "1.0.0"', `license = "${license}"`, ''].join(eol));
        writeFileSync(path.join(ws, 'vendor', `${name}-1.0.0`, '.cargo-checksum.json'), '{"files":{},"package":"00"}');
      };
      writeFileSync(path.join(ws, 'Cargo.toml'), '[package]\nname = "app"\nversion = "0.1.0"\n');
      writeFileSync(path.join(ws, 'Cargo.lock'), lockOf(n));
      writeFileSync(path.join(ws, 'license-policy.yml'), 'allow: [MIT, Apache-2.0]\n');
      for (const x of names.slice(0, n)) vendored(x, 'MIT');
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      const baseSha = git('rev-parse', 'HEAD');
      // The pull request: one crate relicensed, one rewritten with other line ends only, one new crate.
      vendored(names[7]!, 'Apache-2.0');
      vendored(names[9]!, 'MIT', '\r\n');
      vendored(names[n]!, 'MIT');
      writeFileSync(path.join(ws, 'Cargo.lock'), lockOf(n + 1));
      git('add', '-A');
      git('commit', '-q', '-m', 'pull request');
      const calls: string[] = [];
      const run: RunCommand = (file, args, options) => {
        calls.push(`${file} ${args[0]}`);
        return runCommand(file, args, options);
      };
      const out = await licenseAudit(
        {
          ...inputs(),
          workspace: ws,
          manifestPath: path.join(ws, 'Cargo.toml'),
          lockfile: path.join(ws, 'Cargo.lock'),
          lockfileDisplay: 'Cargo.lock',
          baseLockfile: undefined,
          baseRef: baseSha,
          pullRequestBase: baseSha,
          policyFile: path.join(ws, 'license-policy.yml'),
          licenseSources: ['vendor'],
          gentooTrees: [],
        } as AuditInputs,
        { run, info: () => {}, readText: async (f) => readFileSync(f, 'utf8') },
      );
      const declared = out.findings.filter((f) => f.code === 'license-declared-by-pr').map((f) => f.message.replace(/: its license.*(adds|changes);.*/, ' $1'));
      expect(declared).toEqual([`${names[7]} 1.0.0 changes`, `${names[9]} 1.0.0 changes`, `${names[n]} 1.0.0 adds`]);
      expect(out.audit.crates.find((c) => c.name === names[8])!.verdict).not.toBe('needs-review');
      // the lockfile at the base, then the vendored files' states: a handful of git processes, not two a crate
      expect(calls.length).toBeLessThanOrEqual(8);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
