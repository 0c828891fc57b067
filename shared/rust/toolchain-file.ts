/** `rust-toolchain.toml` (and the legacy one-line `rust-toolchain`): which toolchain a repository asks for. */
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../finding.js';
import { rustFindings } from './findings.js';

export interface RustToolchainFile {
  channel: string | null;
  targets: string[];
  components: string[];
  profile: string | null;
}

/** `rust-toolchain.toml` (or the legacy one-line `rust-toolchain`). */
export function parseRustToolchain(text: string, file = 'rust-toolchain.toml'): { toolchain: RustToolchainFile; findings: Finding[] } {
  const empty: RustToolchainFile = { channel: null, targets: [], components: [], profile: null };
  const trimmed = text.trim();
  if (!trimmed.includes('[') && !trimmed.includes('=') && /^[\w.+-]+$/.test(trimmed)) return { toolchain: { ...empty, channel: trimmed }, findings: [] };
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; message?: string };
    return {
      toolchain: empty,
      findings: [rustFindings.make('toml-syntax', `${file} is not valid TOML: ${(err.message ?? '').split('\n')[0]}`, { file, ...(err.line ? { line: err.line } : {}), hint: 'Fix the TOML at this line; no targets were read from the file.' })],
    };
  }
  const tc = (doc.toolchain ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    toolchain: {
      channel: typeof tc.channel === 'string' ? tc.channel : typeof tc.path === 'string' ? null : null,
      targets: list(tc.targets),
      components: list(tc.components),
      profile: typeof tc.profile === 'string' ? tc.profile : null,
    },
    findings: [],
  };
}
