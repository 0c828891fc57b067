/**
 * The full differential run of the custom-target-spec validator against rustc (issue 16): N one-change
 * mutations of rustc 1.95's built-in specs, our verdict against rustc's (`--print cfg` + the codegen probe).
 * Run: npx tsx bench/spec-differential.ts [count=1000] [seed=16] — about 0.1–0.3 s of rustc per mutation.
 * Prints the agreement and every disagreement; exits 1 when there is one.
 */
import { applyFixes, generateMutations, judge, loadBuiltins, summarize } from '../test/rust/spec-mutations.js';
import { snapshotCatalog } from '../shared/rust/snapshot.js';
import { runCommand } from '../shared/toolkit/exec.js';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 16);
const mutations = generateMutations(loadBuiltins(), count, seed);
const catalog = snapshotCatalog();
const verdicts = await judge(mutations, runCommand, catalog, 2);
const s = summarize(verdicts);
// Every fix text that names what to write, applied: both we and rustc should then accept the spec.
const { fixed, prose } = applyFixes(mutations, verdicts, catalog);
const after = await judge(fixed, runCommand, catalog, 2);
const badFixes = after.filter((v) => !v.ours || !v.rustc);
const show = (v: (typeof verdicts)[number]) => `  ${v.name}\n    ours: ${v.codes.join(', ') || 'valid'}\n    rustc: ${v.rustcSays || 'accepts'}`;
process.stdout.write(
  `${s.agree} of ${s.total} mutations get rustc's verdict (${((100 * s.agree) / s.total).toFixed(1)}%); rustc rejects ${s.rustcRejects}.\n` +
    `false rejections (${s.falseRejections.length}):\n${s.falseRejections.map(show).join('\n')}\n` +
    `false acceptances (${s.falseAcceptances.length}):\n${s.falseAcceptances.map(show).join('\n')}\n` +
    `fix texts: ${fixed.length} rejected mutations with every fix applied, ${fixed.length - badFixes.length} then accepted by us and rustc (${prose} had a prose-only fix)\n` +
    `fixes that did not lead to an accepted spec (${badFixes.length}):\n${badFixes.map(show).join('\n')}\n`,
);
process.exitCode = s.agree === s.total && badFixes.length === 0 ? 0 : 1;
