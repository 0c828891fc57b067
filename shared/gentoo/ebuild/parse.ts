/**
 * Static reading of ebuild variables, without running bash — the Gentoo layer over lex/expand.
 *
 * What is evaluated: top-level assignments (`X=v`, `X+=v`, `X=( … )`, `export`/`declare` forms), quoting
 * (single, double, `\` escapes, line continuations), `inherit` lines, and expansions whose inputs are fully
 * known: `PN PV PR PVR P PF CATEGORY` (from the file name), variables assigned earlier in the same file with
 * a known value, the parameter operators `%% % ## # / // /# /% :off:len ^^ ,, ^ , :- - :+ +`, `$(ver_cut …)`,
 * `$(ver_rs …)`, `${CARGO_CRATE_URIS}` / `$(cargo_crate_uris)` (from CRATES, as cargo.eclass computes them),
 * brace expansion (`python3_{11..13}`) in array elements, and `if`/`[[ ${PV} == pattern ]]`, `if true`/`if false`
 * conditions.
 *
 * What is NOT guessed: anything that depends on eclass/profile variables, other command substitutions,
 * arithmetic, USE flags, loops, `case`, or conditions we cannot decide. Such a value is
 * `{kind: 'unknown', reason}`. Build-time directories (`${FILESDIR}`, `${WORKDIR}`, `${T}`, `${D}`, …) are
 * kept verbatim as `${NAME}` because they name a path the package manager chooses, not content.
 *
 * Values are the ebuild's own: eclass contributions to IUSE, RESTRICT, *DEPEND are not included. `inherit`
 * lines count when unconditional or in a branch we can decide; one under an undecidable condition is left out
 * of `inherit` (the variables it guards are marked unknown anyway).
 */
import type { Finding } from '../../finding.js';
import type { EbuildInfo, EbuildValue } from '../types.js';
import { splitPackageVersion, versionWithoutRevision } from '../version.js';
import { appendValue, assignedValue } from './assign.js';
import { checkBashSyntax, type FunctionSpan } from './bash-syntax.js';
import { evalCondition } from './condition.js';
import { evalWord, type EvalCtx } from './expand.js';
import { ebuildFindings } from './findings.js';
import { lex, type Tok } from './lex.js';
import { Unknown } from './unknown.js';
import { crateUris } from './ver-funcs.js';

type FrameMode = 'active' | 'dead' | 'unknown';
interface Frame {
  kind: 'if' | 'case' | 'loop' | 'group';
  mode: FrameMode;
  anyTaken: boolean;
  unknownSeen: boolean;
  line: number;
}
interface Mode {
  mode: FrameMode;
  reason?: string;
}
/** How an and-or list affects one of its commands: not run, or run under an undecidable condition. */
interface Cond {
  skip?: boolean;
  unknown?: string;
}

const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const DECLARE_WORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);

/** Environment derived from a file name such as `dev-lang/rust/rust-1.75.0-r1.ebuild`. */
export function ebuildEnv(file: string | undefined): Record<string, string> {
  if (!file) return {};
  const parts = file.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? '';
  if (!base.endsWith('.ebuild')) return {};
  const sp = splitPackageVersion(base.slice(0, -'.ebuild'.length));
  if (!sp) return {};
  const pv = versionWithoutRevision(sp.version);
  const rev = sp.version.revision;
  const env: Record<string, string> = {
    PN: sp.name,
    PV: pv,
    PR: `r${rev === '' ? '0' : rev}`,
    PVR: rev === '' ? pv : `${pv}-r${rev}`,
    P: `${sp.name}-${pv}`,
    PF: rev === '' ? `${sp.name}-${pv}` : `${sp.name}-${pv}-r${rev}`,
  };
  if (parts.length >= 3) env.CATEGORY = parts[parts.length - 3];
  return env;
}

/**
 * Read the static variables of an ebuild. Never throws. When bash itself would refuse the file (the verdict of
 * bash-syntax.ts, which agrees with `bash -n`), that is one `ebuild-syntax` finding on `file` at the line bash
 * names, and `bashError` is set; what the reader merely cannot follow is never a finding.
 */
export function parseEbuild(text: string, file?: string): EbuildInfo {
  return new EbuildReader(text, file).read();
}

const wordText = (t: Tok | undefined): string | undefined =>
  t === undefined ? undefined : t.t === 'w' ? t.raw : t.t === 'op' ? t.v : undefined;

class EbuildReader {
  private readonly findings: Finding[] = [];
  private readonly lineStarts = [0];
  private readonly ctx: EvalCtx;
  private readonly inherit: string[] = [];
  private readonly frames: Frame[] = [];
  private fnDepth = 0; // >0 while inside a function body
  private fnPendingBrace = false;

  constructor(
    private readonly text: string,
    private readonly file: string | undefined,
  ) {
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) this.lineStarts.push(k + 1);
    this.ctx = { vars: new Map(), env: ebuildEnv(file) };
  }

  read(): EbuildInfo {
    const verdict = checkBashSyntax(this.text);
    let bashError: EbuildInfo['bashError'];
    if (verdict.kind === 'error') {
      bashError = { line: verdict.line, message: verdict.message };
      const context = verdict.context ? `: ${verdict.context}` : '';
      this.findings.push(
        ebuildFindings.make('ebuild-syntax', `bash -n: line ${verdict.line}: ${verdict.message}${context} (bash refuses this file, so Portage cannot read its metadata)`, {
          file: this.file,
          line: verdict.line,
          hint: 'Run `bash -n` on the ebuild and fix what it names; until then emerge does not see this version.',
        }),
      );
    }
    // the lexer's own problems are not reported: the bash verdict above is the one answer on syntax
    const toks = lex(this.text).toks;
    // with the real function bodies known, the reader skips them exactly (nested definitions included)
    this.runLists(verdict.kind === 'ok' ? outsideFunctions(toks, verdict.functions) : toks);
    const vars: Record<string, EbuildValue> = {};
    for (const [k, v] of this.ctx.vars) vars[k] = v;
    return { vars, inherit: this.inherit, findings: this.findings, ...(bashError ? { bashError } : {}) };
  }

  private lineAt(pos: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  // --- lists: split tokens into and-or lists of pipelines of commands ---

  private runLists(toks: Tok[]): void {
    let list: Tok[][] = []; // commands of the current and-or list
    let connectors: string[] = [];
    let cur: Tok[] = [];
    const flush = (): void => {
      if (cur.length > 0) list.push(cur);
      cur = [];
      if (list.length > 0) this.andOrList(list, connectors);
      list = [];
      connectors = [];
    };
    for (const t of toks) {
      if (t.t === 'op' && (t.v === '\n' || t.v === ';' || t.v === '&')) {
        flush();
      } else if (t.t === 'op' && (t.v === '&&' || t.v === '||' || t.v === '|')) {
        if (cur.length > 0) list.push(cur);
        cur = [];
        connectors.push(t.v);
      } else cur.push(t);
    }
    flush();
  }

  private andOrList(list: Tok[][], connectors: string[]): void {
    if (list.length === 1) {
      this.command(list[0], {}, undefined);
      return;
    }
    // `[[ cond ]] && X=…` / `|| X=…`: decide when the condition is known
    const first = list[0];
    const w0 = wordText(first[0]);
    if (w0 === 'if' || w0 === 'elif' || w0 === 'while' || w0 === 'until') {
      this.command(first, {}, list);
      for (const c of list.slice(1)) this.command(c, { skip: true }, undefined);
      return;
    }
    const c = list.length === 2 ? evalCondition(first, this.ctx) : undefined;
    const line = this.lineAt(first[0]?.pos ?? 0);
    const reason = `assigned under a condition (line ${line}) that is not evaluated statically`;
    this.command(list[0], { skip: c !== undefined }, undefined);
    for (let k = 1; k < list.length; k++) {
      const conn = connectors[k - 1];
      if (c !== undefined && list.length === 2) {
        const run = conn === '&&' ? c : conn === '||' ? !c : true;
        this.command(list[k], run ? {} : { skip: true }, undefined);
      } else this.command(list[k], { unknown: reason }, undefined);
    }
  }

  // --- one simple command ---

  /** Process one simple command. `cond` is an extra unknown reason from an and-or list. */
  private command(wordsIn: Tok[], cond: Cond, wholeList: Tok[][] | undefined): void {
    let words = dropRedirections(wordsIn);
    if (words.length === 0) return;
    if (this.fnDepth > 0 || this.fnPendingBrace) {
      this.insideFunction(words);
      return;
    }
    for (;;) {
      const step = this.keyword(words, wholeList);
      if (step === 'stop') return;
      if (step === 0) break;
      words = words.slice(step);
      if (words.length === 0) return;
    }
    if (this.functionDefinition(words)) return;
    if (!cond.skip) this.simpleCommand(words, cond);
  }

  /** Inside a function body only the braces matter: its assignments are not global. */
  private insideFunction(words: Tok[]): void {
    if (this.fnPendingBrace) {
      const first = wordText(words[0]);
      if (first === '{') {
        this.fnPendingBrace = false;
        this.fnDepth = 1;
      } else if (first === '(') {
        // subshell body: treat like braces closed by `)` — rare; give up on the body
        this.fnPendingBrace = false;
      } else return;
      words = words.slice(1);
      if (words.length === 0) return;
    }
    const w0 = wordText(words[0]);
    if (w0 === '{') this.fnDepth++;
    else if (w0 === '}') this.fnDepth--;
  }

  /**
   * A reserved word at the start of `words`: updates the frames and returns how many words it took
   * (the rest is processed as a command), 'stop' when the whole command is taken, 0 when there is none.
   */
  private keyword(words: Tok[], wholeList: Tok[][] | undefined): number | 'stop' {
    const w0 = wordText(words[0]);
    if (w0 === undefined) return 0;
    const top = this.frames[this.frames.length - 1];
    if (top?.kind === 'case') {
      if (w0 === 'esac') {
        this.frames.pop();
        return 1;
      }
      // drop the `pattern)` prefix of a case branch
      const close = words.findIndex((w) => w.t === 'op' && w.v === ')');
      if (close !== -1 && !words.slice(0, close).some((w) => w.t === 'w' && ASSIGN_RE.test(w.raw))) return close + 1;
    }
    switch (w0) {
      case 'then':
      case 'do':
        return 1;
      case 'if':
      case 'elif':
        this.ifOrElif(w0, words, top, wholeList);
        return 'stop';
      case 'else':
        return this.elseWord(words[0], top);
      case 'fi':
        if (top?.kind === 'if') this.frames.pop();
        return 1;
      case 'case':
        this.frames.push({ kind: 'case', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[0].pos) });
        return 'stop';
      case 'for':
      case 'while':
      case 'until':
      case 'select':
        this.frames.push({ kind: 'loop', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[0].pos) });
        return 'stop';
      case 'done':
        if (top?.kind === 'loop') this.frames.pop();
        return 1;
      case '{':
        this.frames.push({ kind: 'group', mode: 'active', anyTaken: true, unknownSeen: false, line: this.lineAt(words[0].pos) });
        return 1;
      case '}':
        if (top?.kind === 'group') this.frames.pop();
        return 1;
      default:
        return 0;
    }
  }

  private ifOrElif(w0: 'if' | 'elif', words: Tok[], top: Frame | undefined, wholeList: Tok[][] | undefined): void {
    const line = this.lineAt(words[0].pos);
    const c = wholeList && wholeList.length > 1 ? undefined : evalCondition(words.slice(1), this.ctx);
    if (w0 === 'if') {
      const parentDead = this.contextMode().mode === 'dead';
      this.frames.push({
        kind: 'if',
        mode: parentDead ? 'dead' : c === undefined ? 'unknown' : c ? 'active' : 'dead',
        anyTaken: c === true,
        unknownSeen: c === undefined,
        line,
      });
      return;
    }
    const f = top?.kind === 'if' ? top : undefined;
    if (!f) return;
    const parentDead = this.frames.slice(0, -1).some((x) => x.mode === 'dead');
    if (parentDead || f.anyTaken) f.mode = 'dead';
    else if (f.unknownSeen || c === undefined) {
      f.mode = 'unknown';
      f.unknownSeen = true;
      f.line = line;
    } else {
      f.mode = c ? 'active' : 'dead';
      f.anyTaken = c;
    }
  }

  private elseWord(word: Tok, top: Frame | undefined): number | 'stop' {
    const f = top?.kind === 'if' ? top : undefined;
    if (!f) return 'stop';
    const parentDead = this.frames.slice(0, -1).some((x) => x.mode === 'dead');
    if (parentDead || f.anyTaken) f.mode = 'dead';
    else if (f.unknownSeen) {
      f.mode = 'unknown';
      f.line = this.lineAt(word.pos);
    } else f.mode = 'active';
    return 1;
  }

  /** `name() {`, `name () {`, `function name {`: true when `words` start a function definition. */
  private functionDefinition(words: Tok[]): boolean {
    const w0 = wordText(words[0]);
    const w1 = wordText(words[1]);
    const w2 = wordText(words[2]);
    let bodyAt = -1;
    if (w0 === 'function' && words[1]?.t === 'w') {
      bodyAt = wordText(words[2]) === '(' && wordText(words[3]) === ')' ? 4 : 2;
    } else if (words[0].t === 'w' && w1 === '(' && w2 === ')' && w0 !== undefined && NAME_RE.test(w0)) {
      bodyAt = 3;
    }
    if (bodyAt === -1) return false;
    if (wordText(words[bodyAt]) === '{') {
      this.fnDepth = 1;
      if (wordText(words[bodyAt + 1]) === '}') this.fnDepth = 0;
    } else this.fnPendingBrace = true;
    return true;
  }

  /** A command that is not a reserved word: `inherit`, `unset`, declarations and assignments. */
  private simpleCommand(words: Tok[], cond: Cond): void {
    const mode = this.contextMode();
    const w0 = wordText(words[0]);
    if (w0 === 'inherit') {
      if (!cond.unknown) this.doInherit(words.slice(1), mode);
      return;
    }
    if (w0 === 'local') return; // only meaningful in functions
    if (w0 === 'unset') {
      this.unset(words.slice(1), mode, cond);
      return;
    }
    const declares = w0 !== undefined && DECLARE_WORDS.has(w0);
    let k = 0;
    if (declares) {
      k = 1;
      while (k < words.length && words[k].t === 'w' && (words[k] as { raw: string }).raw.startsWith('-')) k++;
    }
    const assigns: Tok[] = [];
    for (; k < words.length; k++) {
      const w = words[k];
      if (w.t === 'arr' || (w.t === 'w' && ASSIGN_RE.test(w.raw))) assigns.push(w);
      else break;
    }
    // `X=1 cmd` sets X for cmd only
    if (k < words.length && !declares) return;
    for (const a of assigns) this.assign(a, mode, cond.unknown);
  }

  private unset(args: Tok[], mode: Mode, cond: Cond): void {
    for (const w of args) {
      if (w.t !== 'w' || w.raw.startsWith('-')) continue;
      if (mode.mode === 'dead') continue;
      if (mode.mode === 'unknown' || cond.unknown) {
        this.ctx.vars.set(w.raw, { kind: 'unknown', raw: '', line: this.lineAt(w.pos), reason: mode.reason ?? cond.unknown ?? 'unset under a condition' });
      } else this.ctx.vars.delete(w.raw);
    }
  }

  private contextMode(): Mode {
    let unknown: Frame | undefined;
    for (const f of this.frames) {
      if (f.mode === 'dead') return { mode: 'dead' };
      if (f.mode === 'unknown' && !unknown) unknown = f;
    }
    if (unknown) {
      const what = unknown.kind === 'loop' ? 'a loop' : unknown.kind === 'case' ? 'a case branch' : 'a condition';
      return { mode: 'unknown', reason: `assigned inside ${what} (line ${unknown.line}) that is not evaluated statically` };
    }
    return { mode: 'active' };
  }

  private assign(tok: Tok, mode: Mode, extraUnknown?: string): void {
    if (mode.mode === 'dead') return;
    const line = this.lineAt(tok.pos);
    let name: string;
    let append: boolean;
    let rawValue: string;
    let elems: string[] | undefined;
    if (tok.t === 'arr') {
      name = tok.name;
      append = tok.append;
      rawValue = tok.raw.slice(tok.raw.indexOf('=') + 1);
      elems = tok.elems;
    } else if (tok.t === 'w') {
      const m = ASSIGN_RE.exec(tok.raw)!;
      name = m[1];
      if (m[2] !== undefined) {
        // element assignment X[i]=v: we do not track indices
        this.ctx.vars.set(name, { kind: 'unknown', raw: tok.raw, line, reason: `element assignment ${name}${m[2]}= is not tracked` });
        return;
      }
      append = m[3] === '+';
      rawValue = m[4];
    } else return;
    const reason = extraUnknown ?? (mode.mode === 'unknown' ? mode.reason : undefined);
    if (reason) {
      this.ctx.vars.set(name, { kind: 'unknown', raw: rawValue, line, reason });
      return;
    }
    const prev = this.ctx.vars.get(name);
    const value = assignedValue(this.ctx, rawValue, line, elems);
    this.ctx.vars.set(name, append && prev ? appendValue(prev, value, rawValue) : value);
  }

  private doInherit(args: Tok[], mode: Mode): void {
    if (mode.mode !== 'active') return;
    for (const a of args) {
      if (a.t !== 'w') continue;
      const r = evalWord(a.raw, this.ctx, { split: true });
      if (r instanceof Unknown) continue;
      for (const e of r.fields) {
        if (!this.inherit.includes(e)) this.inherit.push(e);
        if (e === 'cargo') this.ctx.cargoCrateUris = cargoCrateUris(this.ctx);
      }
    }
  }
}

/** cargo.eclass computes CARGO_CRATE_URIS from CRATES (and GIT_CRATES) when inherited. */
function cargoCrateUris(ctx: EvalCtx): string | Unknown {
  if (ctx.vars.has('GIT_CRATES')) return new Unknown('GIT_CRATES is set: git crate URIs are not computed statically');
  const crates = ctx.vars.get('CRATES');
  if (!crates) return '';
  if (crates.kind === 'unknown') return new Unknown(`CRATES is not known statically (${crates.reason})`);
  return crateUris(crates.kind === 'string' ? crates.value : crates.values.join(' '));
}

/** Drop redirections and their targets. */
function dropRedirections(wordsIn: Tok[]): Tok[] {
  const words: Tok[] = [];
  for (let k = 0; k < wordsIn.length; k++) {
    const w = wordsIn[k];
    if (w.t === 'op' && w.v === 'redir') {
      k++;
      continue;
    }
    words.push(w);
  }
  return words;
}

/** The tokens outside the given function definitions (their bodies hold no global assignments). */
function outsideFunctions(toks: Tok[], fns: readonly FunctionSpan[]): Tok[] {
  if (fns.length === 0) return toks;
  const out: Tok[] = [];
  let f = 0;
  for (const t of toks) {
    while (f < fns.length && fns[f].end <= t.pos) f++;
    if (f < fns.length && t.pos >= fns[f].start) continue;
    out.push(t);
  }
  return out;
}
