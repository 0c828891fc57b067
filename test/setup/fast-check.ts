/**
 * Property tests run with one seed per run of the suite, printed by vitest.config.ts: pinned in `npm test`
 * (a failure reproduces), random in `npm run fuzz` (RDA_FUZZ=1). RDA_FUZZ_SEED=<n> replays a seed. A test that
 * names its own `seed` keeps it.
 */
import fc from 'fast-check';

const seed = Number(process.env.RDA_FUZZ_SEED);
if (Number.isSafeInteger(seed)) fc.configureGlobal({ seed });
