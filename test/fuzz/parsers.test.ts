/**
 * Every parser of outside text, fed hostile input: it returns (with findings) or refuses with a
 * ConfigurationError/InputError that names the problem — never a TypeError, a RangeError or a hang, and never
 * a lookup that lands on Object.prototype (`{"linker-flavor": "valueOf"}` once reached `f.split`).
 * `npm test`: a few hundred runs each with the pinned seed; `npm run fuzz`: >= 10,000 runs each, random seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/io.js';
import { parseLockfile } from '../../shared/cargo/lockfile.js';
import { parseExpression } from '../../shared/cargo/spdx.js';
import { parsePolicy } from '../../shared/cargo/policy.js';
import { parseJsonWithPositions } from '../../shared/rust/json-positions.js';
import { validateTargetSpec } from '../../shared/rust/target-spec.js';
import { targetsFromInput } from '../../shared/rust/target-sources.js';
import { parseRustToolchain, targetsFromEbuild } from '../../shared/rust/target-files.js';
import { parseReposConf, parsePrecedence } from '../../shared/gentoo/repos-conf.js';
import { parseLayoutConf } from '../../shared/gentoo/layout-conf.js';
import { parseManifest } from '../../shared/gentoo/manifest.js';
import { parseMd5Cache } from '../../shared/gentoo/md5-cache.js';
import { parsePackageAcceptKeywords, parsePackageMask } from '../../shared/gentoo/package-config.js';
import { parseAtom } from '../../shared/gentoo/atom.js';
import { parseVersion } from '../../shared/gentoo/version.js';
import { parseUpdates } from '../../shared/gentoo/updates.js';
import { parseRepoList } from '../../shared/gentoo/repo-list.js';
import { parseRepoName, parseCategories } from '../../shared/gentoo/repo-meta.js';
import { parseEbuild } from '../../shared/gentoo/ebuild/parse.js';
import { licensesFromMetadata } from '../../shared/cargo/license-sources.js';
import { redactText, redactUri } from '../../shared/redact.js';
import { mdText } from '../../shared/markdown.js';
import { runs } from './runs.js';

/** Names that are properties of every object: a lookup `table[name]` must not find them. */
const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];

/** Text that looks enough like the format to get past the first line, with hostile pieces mixed in. */
function textLike(tokens: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTO, '=', '"', "'", '[', ']', '{', '}', ':', ',', '#', '\\', '\n', '\r', '\t', ' ', '\0', '${', '$(', '`', '-', '..', '/', '@', '*') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
  return fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
}

/** Returns normally, or a user error: anything else is a bug. */
function survives(fn: () => unknown): void {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return;
    throw e;
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // Findings are text: a lookup that found a prototype function would put a function here.
  const r = result as { findings?: unknown } | undefined;
  if (r && Array.isArray(r.findings)) {
    for (const f of r.findings as { message: unknown; hint?: unknown }[]) {
      expect(typeof f.message).toBe('string');
      if (f.hint !== undefined) expect(typeof f.hint).toBe('string');
    }
  }
}

const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...PROTO, 'gnu-cc', 'x86_64', 'none', 'elf', 'little', 'static', 'abort'),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...PROTO, 'kind', 'gnu-cc', 'components'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const SPEC_KEYS = [
  'arch', 'llvm-target', 'data-layout', 'target-pointer-width', 'os', 'env', 'abi', 'vendor', 'linker-flavor', 'linker', 'panic-strategy',
  'relocation-model', 'code-model', 'cpu', 'features', 'max-atomic-width', 'target-family', 'pre-link-args', 'post-link-args', 'late-link-args',
  'stack-probes', 'llvm-abiname', 'llvm-floatabi', 'rustc-abi', 'target-endian', 'tls-model', 'frame-pointer', 'metadata', 'supported-sanitizers',
  'split-debuginfo', 'supported-split-debuginfo', 'link-self-contained', 'is-builtin', 'target-c-int-width', 'lld-flavor', ...PROTO,
];

describe('parsers survive hostile input', () => {
  it('target spec JSON (validateTargetSpec): keys and values from Object.prototype', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...SPEC_KEYS), jsonValue, { maxKeys: 8 }), (spec) => {
        survives(() => validateTargetSpec(JSON.stringify(spec)));
      }),
      { numRuns: runs(300) },
    );
    for (const k of ['linker-flavor', 'arch', 'cpu', 'os', 'panic-strategy', 'relocation-model', 'pre-link-args']) {
      for (const v of PROTO) survives(() => validateTargetSpec(JSON.stringify({ arch: 'x86_64', 'llvm-target': 'x86_64-unknown-none', 'data-layout': 'e', 'target-pointer-width': 64, [k]: v })));
    }
  });

  it('target spec JSON text (parseJsonWithPositions)', () => {
    fc.assert(fc.property(textLike(['{', '}', '[', ']', '"a"', ':', ',', '1', 'true', 'null', '"\\u0000"', '1e999']), (t) => survives(() => parseJsonWithPositions(t))), { numRuns: runs() });
  });

  it('Cargo.lock', () => {
    const tokens = ['version = 3\n', '[[package]]\n', 'name = "', 'version = "', 'source = "registry+https://github.com/rust-lang/crates.io-index"\n', 'dependencies = [\n', ']\n', '"\n', 'checksum = "', '[metadata]\n', '"checksum ', ' (registry+', ')" = "'];
    fc.assert(fc.property(textLike(tokens), (t) => survives(() => parseLockfile(t))), { numRuns: runs() });
  });

  it('cargo metadata JSON (a license source file the pull request may carry)', () => {
    const pkgKeys = fc.constantFrom('name', 'version', 'id', 'license', 'license_file', 'source', 'manifest_path', ...PROTO);
    const pkg = fc.dictionary(pkgKeys, jsonValue, { maxKeys: 6 });
    const doc = fc.record({ version: jsonValue, packages: fc.oneof(fc.array(pkg, { maxLength: 3 }), jsonValue) }, { requiredKeys: [] });
    fc.assert(fc.property(doc, (d) => survives(() => licensesFromMetadata(JSON.stringify(d), 'meta.json'))), { numRuns: runs() });
  });

  it('SPDX expressions and license policies', () => {
    fc.assert(fc.property(textLike(['MIT', 'Apache-2.0', ' OR ', ' AND ', ' WITH ', '(', ')', '/', '+', 'LicenseRef-x', 'GPL-2.0', 'Classpath-exception-2.0', ...PROTO]), (t) => survives(() => parseExpression(t))), { numRuns: runs() });
    fc.assert(fc.property(textLike(['allow:\n', 'deny:\n', '  - ', 'MIT\n', 'exceptions:\n', '  - crate: ', 'clarify:\n', 'license: ', ...PROTO.map((p) => `${p}: x\n`)]), (t) => survives(() => parsePolicy(t))), { numRuns: runs() });
  });

  it('target sources: the targets input, an ebuild RUST_TARGETS, rust-toolchain.toml', () => {
    fc.assert(fc.property(textLike(['x86_64-unknown-linux-gnu', '- target: ', 'runner: ', 'build-std: ', 'linker: ', 'sdk: ', '\n', ...PROTO]), (t) => survives(() => targetsFromInput(t))), { numRuns: runs() });
    fc.assert(fc.property(textLike(['RUST_TARGETS=(', ')', ' "', 'x86_64-unknown-none', '\n']), (t) => survives(() => targetsFromEbuild(t, 'x.ebuild'))), { numRuns: runs() });
    fc.assert(fc.property(textLike(['[toolchain]\n', 'channel = "', 'stable', 'targets = [', 'path = "', ...PROTO.map((p) => `${p} = 1\n`)]), (t) => survives(() => parseRustToolchain(t))), { numRuns: runs() });
  });

  it('Portage configuration: repos.conf, layout.conf, package.* files, repo_name, categories, precedence', () => {
    const conf = textLike(['[DEFAULT]\n', '[gentoo]\n', 'location = /x\n', 'priority = ', 'sync-uri = ', 'main-repo = ', 'masters = ', ...PROTO.map((p) => `${p} = 1\n`), `[${PROTO[0]}]\n`]);
    fc.assert(fc.property(conf, (t) => survives(() => parseReposConf([{ file: 'repos.conf', text: t }]))), { numRuns: runs() });
    fc.assert(fc.property(conf, (t) => survives(() => parseLayoutConf(t))), { numRuns: runs() });
    const atoms = textLike(['dev-lang/rust', '>=', '~', '=', '-1.75.0', '::gentoo', ':0', '*', '~amd64', 'amd64', '**', '\n', ...PROTO]);
    fc.assert(fc.property(atoms, (t) => survives(() => parsePackageMask(t))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parsePackageAcceptKeywords(t, 'package.accept_keywords'))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parseAtom(t))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parseVersion(t))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parseRepoName(t))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parseCategories(t))), { numRuns: runs() });
    fc.assert(fc.property(atoms, (t) => survives(() => parsePrecedence(t))), { numRuns: runs() });
  });

  it('Manifest, md5-cache, profiles/updates', () => {
    fc.assert(fc.property(textLike(['DIST ', 'EBUILD ', 'AUX ', 'x.tar.gz ', '123 ', 'BLAKE2B ', 'SHA512 ', 'SHA256 ', 'deadbeef', '\n', ...PROTO.map((p) => `${p} `)]), (t) => survives(() => parseManifest(t))), { numRuns: runs() });
    fc.assert(fc.property(textLike(['SLOT=', 'KEYWORDS=', 'EAPI=', 'DEPEND=', '_md5_=', 'INHERIT=', '\n', ...PROTO.map((p) => `${p}=`)]), (t) => survives(() => parseMd5Cache(t))), { numRuns: runs() });
    fc.assert(fc.property(textLike(['move ', 'slotmove ', 'dev-lang/rust ', 'dev-lang/rust-bin ', '0 ', '1 ', '\n']), (t) => survives(() => parseUpdates(t, '1Q-2026'))), { numRuns: runs() });
  });

  it('ebuilds', () => {
    const tokens = ['EAPI=8\n', 'SLOT="', '"\n', 'KEYWORDS="~amd64"\n', 'inherit cargo\n', 'CRATES="', 'RUST_TARGETS=(', ')', '${PV}', '$(', '`', 'if [[ ', ' ]]; then\n', 'fi\n', '{', '}', "'", '\\\n', 'case x in\n', 'esac\n', ...PROTO.map((p) => `${p}=1\n`)];
    fc.assert(fc.property(textLike(tokens), (t) => survives(() => parseEbuild(t, 'x-1.ebuild'))), { numRuns: runs(150) });
  });

  it('the repository list of setup-overlay and sync-guru (parsed YAML)', () => {
    const opts = { input: 'repositories', form: 'a list', workspace: '/ws', allowSubdir: true, noun: 'repository' };
    fc.assert(fc.property(jsonValue, (v) => survives(() => parseRepoList(v, opts))), { numRuns: runs() });
    fc.assert(fc.property(fc.array(fc.dictionary(fc.constantFrom('name', 'uri', 'path', 'ref', 'subdir', 'priority', ...PROTO), jsonValue, { maxKeys: 4 }), { maxLength: 3 }), (v) => survives(() => parseRepoList(v, opts))), { numRuns: runs() });
  });

  it('redaction and markdown escaping are total; a well-formed URI never shows its credentials', () => {
    fc.assert(fc.property(textLike(['https://', 'u:p@', 'host', '/r.git', '?access_token=', '&token=', '#', '%2F', '@', ':']), (t) => {
      redactUri(t);
      redactText(t);
      mdText(t);
    }), { numRuns: runs() });
    const part = fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~%'), minLength: 4, maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom('https', 'http', 'git', 'ssh'), part, part, fc.constantFrom('github.com', 'h.example', '127.0.0.1:8080'), fc.constantFrom('', '/o/r.git', '/a?ref=main'), fc.constantFrom('access_token', 'private_token', 'token', 'ref'), part, (scheme, user, pass, host, p, param, value) => {
        const q = `${p.includes('?') ? '&' : '?'}${param}=${value}`;
        const r = redactUri(`${scheme}://${user}:${pass}@${host}${p}${q}`);
        expect(r.shown).not.toContain(`:${pass}@`);
        if (param !== 'ref') expect(r.shown).not.toContain(`=${value}`);
        expect(redactText(`fatal: '${scheme}://${user}:${pass}@${host}${p}${q}': denied`)).not.toContain(`:${pass}@`);
      }),
      { numRuns: runs() },
    );
  });
});
