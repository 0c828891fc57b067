/**
 * The package-manager functions whose result is fully determined by their arguments and PV, so a static
 * reader can evaluate them: eapi7-ver's `ver_cut` / `ver_rs` (PMS 12.3.14) and cargo.eclass's
 * `cargo_crate_uris` (CRATES → SRC_URI lines).
 */
import { Unknown } from './unknown.js';

/** Split a version into alternating [sep0, comp1, sep1, comp2, …, sepN]. */
function verSplit(v: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k <= v.length) {
    let s = '';
    while (k < v.length && !/[A-Za-z0-9]/.test(v[k])) s += v[k++];
    out.push(s);
    if (k >= v.length) break;
    let c = '';
    if (/[0-9]/.test(v[k])) while (k < v.length && /[0-9]/.test(v[k])) c += v[k++];
    else while (k < v.length && /[A-Za-z]/.test(v[k])) c += v[k++];
    out.push(c);
  }
  if (out.length % 2 === 0) out.push('');
  return out;
}

function parseRange(r: string, max: number): [number, number] | null {
  const m = /^(\d+)(-(\d*))?$/.exec(r);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : m[3] === '' ? max : Number(m[3]);
  return [a, Math.min(b, max)];
}

export function verCut(args: string[], pv: string): string | Unknown {
  if (args.length < 1 || args.length > 2) return new Unknown('ver_cut takes a range and an optional version');
  const parts = verSplit(args[1] ?? pv);
  const ncomp = (parts.length - 1) / 2;
  const r = parseRange(args[0], ncomp);
  if (!r) return new Unknown(`ver_cut range "${args[0]}" is not understood`);
  const [a, b] = r;
  // component i is parts[2i-1]; include separators between a and b
  const from = a <= 0 ? 0 : 2 * a - 1;
  const to = 2 * b - 1;
  if (to < from) return '';
  return parts.slice(from, to + 1).join('');
}

export function verRs(args: string[], pv: string): string | Unknown {
  let version = pv;
  const a = [...args];
  if (a.length % 2 === 1) version = a.pop()!;
  const parts = verSplit(version);
  const ncomp = (parts.length - 1) / 2;
  for (let k = 0; k < a.length; k += 2) {
    const r = parseRange(a[k], ncomp);
    if (!r) return new Unknown(`ver_rs range "${a[k]}" is not understood`);
    for (let s = r[0]; s <= r[1]; s++) {
      // separator s sits after component s (index 2s); only replaced when present between components
      const idx = 2 * s;
      if (idx < parts.length && (parts[idx] !== '' || (s > 0 && s < ncomp))) parts[idx] = a[k + 1];
    }
  }
  return parts.join('');
}

/** `name@version` (or legacy `name-version`) → [name, version]. */
export function splitCrate(spec: string): [string, string] | null {
  const at = spec.indexOf('@');
  if (at > 0) return [spec.slice(0, at), spec.slice(at + 1)];
  const m = /^([A-Za-z0-9_-]+?)-(\d+\.\d+\.\d+.*)$/.exec(spec);
  return m ? [m[1], m[2]] : null;
}

/** The SRC_URI lines cargo.eclass computes from a CRATES value. */
export function crateUris(crates: string): string | Unknown {
  const out: string[] = [];
  for (const c of crates.split(/\s+/).filter(Boolean)) {
    const nv = splitCrate(c);
    if (!nv) return new Unknown(`crate "${c}" is neither name@version nor name-version`);
    out.push(`https://crates.io/api/v1/crates/${nv[0]}/${nv[1]}/download -> ${nv[0]}-${nv[1]}.crate`);
  }
  return out.join('\n');
}
