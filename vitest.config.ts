import { defineConfig } from 'vitest/config';

// One fast-check seed for the whole run, printed so a failure can be replayed (RDA_FUZZ_SEED=<n>): pinned
// for `npm test`, random for `npm run fuzz` (RDA_FUZZ=1, which also raises the parser fuzzers to >= 10,000 runs).
const fuzz = process.env.RDA_FUZZ === '1';
const seed = process.env.RDA_FUZZ_SEED ?? String(fuzz ? Math.floor(Math.random() * 2 ** 31) : 20260501);
console.log(`fast-check seed ${seed}${fuzz ? ' (random: npm run fuzz)' : ' (pinned)'}; replay with RDA_FUZZ_SEED=${seed}`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // vitest's default: one fewer worker than cores (one on a 2-core machine). Two workers ran the suite in
    // 250–282 s instead of ~316 s, but one of three runs then missed a memory bound of the serial-volume test
    // (two heavy files at once): kept at one until the load-sensitive tests are reviewed (`--maxWorkers=2` works).
    reporters: ['default'],
    setupFiles: ['test/setup/fast-check.ts'],
    env: { RDA_FUZZ_SEED: seed },
  },
});
