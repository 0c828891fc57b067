/**
 * What a user copies must refer to things that exist: no all-zero placeholder SHA anywhere, one version of
 * each pinned action across workflows and documents, and every `uses:` of ours (starter workflows, READMEs)
 * naming an action or reusable workflow that is here, with only inputs it declares.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/index.js';
import { FIRST_PARTY } from './workflow-rules.js';

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(path.join(ROOT, f)));
const text = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const docs = tracked.filter((f) => /\.md$/.test(f) && !f.startsWith('node_modules/'));
const workflowFiles = tracked.filter((f) => /^(\.github\/workflows|workflows)\/[^/]+\.ya?ml$/.test(f));

describe('no placeholder commit ids', () => {
  it('no file holds an all-zero 40-hex SHA (a pin that resolves to nothing)', () => {
    const zero = /(?<![0-9a-fA-F])0{40}(?![0-9a-fA-F])/;
    // GitHub's own push payload names the missing side of a created or deleted branch with the all-zero id:
    // that is data in an event fixture (`"before"`/`"after"`), not a pin.
    const githubData = /"(before|after)": "0{40}"/g;
    const hits = tracked.filter((f) => {
      if (/\.(png|gz|xz|cpio|o|bin)$/.test(f)) return false;
      let t = readFileSync(path.join(ROOT, f), 'latin1');
      if (f.startsWith('fixtures/events/')) t = t.replace(githubData, '');
      return zero.test(t);
    });
    expect(hits).toEqual([]);
  });
});

/** `uses: owner/repo[/path]@<sha> # vX.Y.Z` occurrences, from workflows and Markdown alike. */
function pins(): { file: string; action: string; sha: string; version: string }[] {
  const out: { file: string; action: string; sha: string; version: string }[] = [];
  for (const f of [...workflowFiles, ...docs]) {
    for (const m of text(f).matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[^@\s]*)?@([0-9a-f]{40})\s*#\s*(v[\w.-]+)/g)) {
      out.push({ file: f, action: m[1]!, sha: m[2]!, version: m[3]! });
    }
  }
  return out;
}

describe('pinned actions', () => {
  it('each action is pinned to one SHA and one version everywhere', () => {
    const seen = new Map<string, Set<string>>();
    for (const p of pins()) seen.set(p.action, (seen.get(p.action) ?? new Set()).add(`${p.sha} # ${p.version}`));
    expect(seen.get('actions/checkout')?.size).toBe(1);
    const several = [...seen].filter(([, v]) => v.size > 1).map(([a, v]) => `${a}: ${[...v].join(' | ')}`);
    expect(several).toEqual([]);
  });

  it('first-party actions are on their current node24 releases (checkout v7)', () => {
    const versions = Object.fromEntries(pins().map((p) => [p.action, p.version]));
    expect(versions['actions/checkout']).toMatch(/^v7\./);
    for (const a of ['actions/cache', 'actions/upload-artifact', 'actions/download-artifact', 'actions/setup-node']) {
      if (a in versions) expect(Number(/^v(\d+)/.exec(versions[a]!)?.[1]), a).toBeGreaterThanOrEqual(a === 'actions/cache' ? 5 : a === 'actions/download-artifact' ? 8 : 7);
    }
  });
});

interface Target {
  file: string;
  inputs: Set<string>;
}

/** Where the README's GitHub Enterprise Server recipe checks this repository out. */
const GHES_CHECKOUT = './.rust-distro-actions/';

/** What `rust-distro-actions/rust-distro-actions/<path>@ref` (or `$/<path>`, or the GHES checkout) names here. */
function resolveOurs(ref: string): Target | undefined {
  const rest = ref.startsWith('$/') ? ref.slice(2) : ref.startsWith(GHES_CHECKOUT) ? ref.slice(GHES_CHECKOUT.length) : ref.slice(FIRST_PARTY.length).replace(/^\//, '');
  const p = rest.replace(/@[^@]*$/, '');
  if (/\.ya?ml$/.test(p)) {
    if (!existsSync(path.join(ROOT, p))) return undefined;
    const doc = parse(text(p)) as { on?: { workflow_call?: { inputs?: Record<string, unknown> } } };
    return { file: p, inputs: new Set(Object.keys(doc.on?.workflow_call?.inputs ?? {})) };
  }
  const file = path.join(p, 'action.yml');
  if (!existsSync(path.join(ROOT, file))) return undefined;
  return { file, inputs: new Set(Object.keys((parse(text(file)) as { inputs?: Record<string, unknown> }).inputs ?? {})) };
}

/** Every mapping with a `uses:` in a parsed YAML value. */
function usesNodes(node: unknown, out: { uses: string; with: string[] }[] = []): { uses: string; with: string[] }[] {
  if (Array.isArray(node)) for (const n of node) usesNodes(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.uses === 'string') out.push({ uses: o.uses, with: Object.keys((o.with as object | null) ?? {}) });
    for (const v of Object.values(o)) usesNodes(v, out);
  }
  return out;
}

/** YAML code blocks of a Markdown file (a snippet that is a list of steps or a whole workflow). */
function yamlBlocks(md: string): string[] {
  return [...md.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('what users copy refers to things that exist', () => {
  const ours = (u: string) => u.startsWith('$/') || u.startsWith(GHES_CHECKOUT) || u === FIRST_PARTY || u.startsWith(`${FIRST_PARTY}/`) || u.startsWith(`${FIRST_PARTY}@`);

  it('starter and reusable workflows: every own `uses:` names an existing action or workflow and only its inputs', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const f of workflowFiles) {
      for (const u of usesNodes(parse(text(f)))) {
        if (!ours(u.uses)) continue;
        checked++;
        const t = resolveOurs(u.uses);
        if (!t) problems.push(`${f}: ${u.uses} names nothing in this repository`);
        else for (const w of u.with) if (!t.inputs.has(w)) problems.push(`${f}: ${u.uses} has no input '${w}' (${t.file})`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });

  it('README snippets: one `uses:` form for our actions (@v1), naming existing actions and their inputs', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const f of docs) {
      for (const block of yamlBlocks(text(f))) {
        let nodes: { uses: string; with: string[] }[];
        try {
          nodes = parseAllDocuments(block).flatMap((d) => usesNodes(d.toJS()));
        } catch {
          problems.push(`${f}: a yaml block does not parse`);
          continue;
        }
        for (const u of nodes) {
          if (!ours(u.uses) && !/rust-distro-actions/.test(u.uses)) continue;
          checked++;
          if (!ours(u.uses)) problems.push(`${f}: '${u.uses}' is not ${FIRST_PARTY}/…`);
          else if (!u.uses.startsWith('$/') && !u.uses.startsWith(GHES_CHECKOUT) && !/@v1$/.test(u.uses)) problems.push(`${f}: '${u.uses}' should end in @v1`);
          const t = resolveOurs(u.uses === FIRST_PARTY || u.uses.startsWith(`${FIRST_PARTY}@`) ? `${FIRST_PARTY}/action.yml` : u.uses);
          const target = u.uses.startsWith(`${FIRST_PARTY}@`) ? { file: 'action.yml', inputs: new Set(Object.keys((parse(text('action.yml')) as { inputs: object }).inputs)) } : t;
          if (!target) problems.push(`${f}: ${u.uses} names nothing in this repository`);
          else for (const w of u.with) if (!target.inputs.has(w)) problems.push(`${f}: ${u.uses} has no input '${w}'`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });

  it('relative links in the Markdown documents lead to files that exist', () => {
    const broken: string[] = [];
    for (const f of docs.filter((d) => !d.startsWith('fixtures/'))) {
      for (const m of text(f).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(path.resolve(ROOT, path.dirname(f), target))) broken.push(`${f}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
