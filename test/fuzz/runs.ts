/** How many runs a parser's property gets: a few hundred in `npm test`, at least 10,000 in `npm run fuzz`. */
export const FUZZING = process.env.RDA_FUZZ === '1';

export function runs(inTests = 200): number {
  return FUZZING ? Math.max(10_000, Number(process.env.RDA_FUZZ_RUNS) || 0) : inTests;
}
