/** Binary searches over sorted data, and the line of an offset in a text. Neutral module (no domain). */

/** The first k in [0, n) for which `pred` holds, n when none (`pred` is false, then true, as k grows). */
export function firstIndex(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The offset where each line of `text` starts (the first is 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

/** The 1-based line holding `offset`, given the lines' start offsets in order. */
export function lineAtOffset(lineStarts: readonly number[], offset: number): number {
  return firstIndex(lineStarts.length, (k) => lineStarts[k]! > offset);
}

/** 1-based line of an offset in `text`; the newlines are found once, on the first call. */
export function lineIndex(text: string): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => lineAtOffset((starts ??= lineStartsOf(text)), offset);
}
