/**
 * Secrets this run knows (tokens, credentials found in URIs), scrubbed from everything the toolkit writes:
 * log lines, annotations, outputs, the job summary, comment and issue bodies. `::add-mask::` hides them only
 * in the log, and only once the runner has seen the mask; files and API bodies need this. No @actions import,
 * so github.ts can use it too.
 */
import { REDACTED, redactText, redactUri } from '../redact.js';

const known = new Set<string>();

/** Remember a secret (values under 4 characters would scrub ordinary words, and are not tokens). */
export function rememberSecret(secret: string): void {
  if (secret.length >= 4) known.add(secret);
}

/** The secrets a URI carries, remembered; returns the URI as it may be shown. */
export function rememberUri(uri: string): { shown: string; secrets: string[] } {
  const r = redactUri(uri);
  for (const s of r.secrets) rememberSecret(s);
  return r;
}

/** `text` with every URI redacted and every known secret replaced by `***`. */
export function scrub(text: string): string {
  let t = redactText(text);
  for (const s of known) if (t.includes(s)) t = t.split(s).join(REDACTED);
  return t;
}
