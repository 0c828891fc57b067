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
 * `case WORD in pattern) … ;; esac` runs the branch WORD selects when WORD is known (`case ${PV} in 9999)`),
 * the string tests `[[ -z w ]]`, `[[ -n w ]]`, `[[ ! w ]]` are decided on known words, and `: ${X:=default}`
 * assigns as bash does.
 *
 * Eclasses are part of an ebuild: given a way to find them (`ParseOptions.eclass`, the repository's and its
 * masters' `eclass/`), `inherit` reads each eclass's global scope in place, as Portage sources it, so SLOT,
 * KEYWORDS and SRC_URI an eclass sets (`: ${KEYWORDS:=…}` in acct-user) are known. Once every eclass is read,
 * a variable nobody assigned is unset (empty), except those the package manager provides and those assigned
 * inside some function (a function called at global scope may set them).
 *
 * What is NOT guessed: profile variables, other command substitutions, arithmetic, USE flags, loops, or
 * conditions we cannot decide. Such a value is `{kind: 'unknown', reason}`. Build-time directories
 * (`${FILESDIR}`, `${WORKDIR}`, `${T}`, `${D}`, …) are kept verbatim as `${NAME}` because they name a path the
 * package manager chooses, not content.
 *
 * Values are the ebuild's own: eclass contributions to IUSE, RESTRICT, *DEPEND are not included (Portage keeps
 * them apart the same way). `inherit` lists the ebuild's own inherits that run (unconditional or in a branch
 * we can decide); one under an undecidable condition is left out (the variables it guards are marked unknown).
 */
import type { Finding } from '../../finding.js';
import type { EbuildInfo, EbuildValue } from '../types.js';
import { splitPackageVersion, versionWithoutRevision } from '../version.js';
import { appendValue, assignedValue, retainValue } from './assign.js';
import { nameEnd } from './bash-scan.js';
import { checkBashSyntax, type BashVerdict, type FunctionSpan } from './bash-syntax.js';
import { evalCondition } from './condition.js';
import { evalPattern, evalWord, type EvalCtx } from './expand.js';
import { globToRegex } from './glob.js';
import { ebuildFindings } from './findings.js';
import { lex, type Tok } from './lex.js';
import { Unknown } from './unknown.js';
import { crateUris } from './ver-funcs.js';
import { pushAll } from '../../finding.js';
import { lineAtOffset, lineStartsOf } from '../../sorted.js';

type FrameMode = 'active' | 'dead' | 'unknown';
interface Frame {
  /** `branch`: the body of one `case` branch, run by caseStatement. */
  kind: 'if' | 'case' | 'branch' | 'loop' | 'group';
  mode: FrameMode;
  anyTaken: boolean;
  unknownSeen: boolean;
  line: number;
}
/**
 * A frame with what the frames below it decide, taken when it was pushed: only the top frame's mode ever
 * changes (`elif`, `else`), so that stays true, and a command's mode is read from the top alone (walking every
 * open frame for each command made 60,000 nested `if`s take 13 s).
 */
interface OpenFrame extends Frame {
  /** A frame below is dead. */
  outerDead: boolean;
  /** The outermost frame below that is unknown. */
  outerUnknown: Frame | undefined;
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

/**
 * An assignment word, `NAME=v`, `NAME+=v` or `NAME[i]=v`, read in place: what
 * /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=([\s\S]*)$/ matches, with the same parts (a test holds the two
 * together). That regex ran over every word of a command to its end, and a CRATES value is one word of thousands
 * of characters; here only the name and what follows it are looked at. `index` is `[i]` as written.
 */
export function splitAssignment(raw: string): { name: string; index: string | undefined; append: boolean; value: string } | undefined {
  const end = nameEnd(raw);
  if (end === 0) return undefined;
  let j = end;
  let index: string | undefined;
  if (raw.charCodeAt(j) === 91 /* [ */) {
    const close = raw.indexOf(']', j + 1);
    if (close === -1) return undefined;
    index = raw.slice(j, close + 1);
    j = close + 1;
  }
  const append = raw.charCodeAt(j) === 43; /* + */
  if (append) j++;
  if (raw.charCodeAt(j) !== 61 /* = */) return undefined;
  return { name: raw.slice(0, end), index, append, value: raw.slice(j + 1) };
}

/** Whether `raw` is an assignment word. */
const isAssignment = (raw: string): boolean => splitAssignment(raw) !== undefined;

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

/** An ebuild or eclass text made ready for reading once (an eclass is read again for every ebuild inheriting it). */
export interface PreparedSource {
  text: string;
  file?: string;
  lineStarts: number[];
  verdict: BashVerdict;
  /** The tokens outside function bodies (every token when bash refuses the text). */
  toks: Tok[];
  /** Variables assigned inside function bodies: a function called at global scope may set them. */
  fnAssigned: Set<string>;
}

export function prepareSource(text: string, file?: string): PreparedSource {
  const lineStarts = lineStartsOf(text);
  const verdict = checkBashSyntax(text);
  // the lexer's own problems are not reported: the bash verdict is the one answer on syntax
  const all = lex(text).toks;
  const fnAssigned = new Set<string>();
  let toks = all;
  if (verdict.kind === 'ok') {
    // with the real function bodies known, the reader skips them exactly (nested definitions included)
    toks = outsideFunctions(all, verdict.functions);
    for (const t of insideFunctions(all, verdict.functions)) {
      if (t.t === 'arr') fnAssigned.add(t.name);
      else if (t.t === 'w') {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?\+?=/.exec(t.raw);
        if (m) fnAssigned.add(m[1]);
      }
    }
  }
  return { text, file, lineStarts, verdict, toks, fnAssigned };
}

export interface ParseOptions {
  /** An inherited eclass, prepared (cache it); undefined when no eclass directory has it. Without this
   * option eclasses are not read and what they could set stays unknown. */
  eclass?: (name: string) => PreparedSource | undefined;
  /**
   * Variables the caller has no use for (SRC_URI of an upstream that is only compared with): their assignments
   * are not evaluated, and their values are unknown (`NOT_EVALUATED`). Should anything read one of them (another
   * variable built from it, a condition), the ebuild is read again without skipping: every other value is exactly
   * what it would have been. Expanding a value assigns nothing (`:=` is the `:` command's), so skipping one
   * changes no other variable.
   */
  skip?: ReadonlySet<string>;
  /**
   * Texts already prepared (syntax-checked and lexed) by earlier parses, by text, and where this one's goes. The
   * preparation depends on the text alone: versions bumped by copying the ebuild, and an overlay's copy of an
   * upstream ebuild at another version, are checked and lexed once. (What the file name sets, PN, PV and the rest,
   * is read per file.)
   */
  prepared?: Map<string, PreparedSource>;
}

/** The reason of a value left unevaluated by `ParseOptions.skip`. */
export const NOT_EVALUATED = 'not evaluated: the caller does not use it';

/** The variables of one reading, noting whether a value left unevaluated was ever looked up. */
class WatchedVars extends Map<string, EbuildValue> {
  skippedRead = false;
  override get(name: string): EbuildValue | undefined {
    const v = super.get(name);
    if (v !== undefined && v.kind === 'unknown' && v.reason === NOT_EVALUATED) this.skippedRead = true;
    return v;
  }
}

/** Set at global scope while an ebuild is sourced for its metadata: never "unset" for the static reader. */
const PROVIDED_VARS = new Set([
  'EAPI', 'ARCH', 'USE', 'EBUILD_PHASE', 'EBUILD_PHASE_FUNC', 'ECLASS', 'INHERITED', 'CHOST', 'CBUILD', 'CTARGET',
  'ABI', 'DEFAULT_ABI', 'MULTILIB_ABIS', 'KERNEL', 'ELIBC', 'USERLAND', 'LINGUAS', 'L10N', 'PORTDIR', 'ECLASSDIR',
  'PATH', 'IFS', 'PWD', 'OLDPWD', 'UID', 'EUID', 'USER', 'LANG', 'LC_ALL', 'TERM', 'RANDOM', 'SECONDS', 'LINENO',
  'FUNCNAME', 'BASH_SOURCE', 'BASH_VERSION', 'BASH_VERSINFO', 'HOSTTYPE', 'OSTYPE', 'MACHTYPE', 'SHELLOPTS',
  'BASHOPTS', 'PIPESTATUS', 'PPID', 'HOSTNAME',
]);

/** Portage keeps an eclass's contributions to these apart (E_IUSE, …) and restores the ebuild's own after it. */
const ECLASS_ACCUMULATED = ['IUSE', 'REQUIRED_USE', 'DEPEND', 'RDEPEND', 'PDEPEND', 'BDEPEND', 'IDEPEND', 'PROPERTIES', 'RESTRICT'];

/** State shared by the reader of an ebuild and the readers of the eclasses it inherits. */
/** The most eclasses one ebuild's inherits source, nested ones and repeats included (a real one: tens). */
export const MAX_ECLASS_READS = 2_000;

interface Shared {
  ctx: EvalCtx;
  /** The ebuild's own inherits. */
  inherit: string[];
  /** `inherit`, `read` and `missing` as sets (an inherit line of thousands of names looked each up in the list). */
  inheritSet: Set<string>;
  readSet: Set<string>;
  missingSet: Set<string>;
  eclass?: (name: string) => PreparedSource | undefined;
  /** Eclasses read, in order (nested ones too). */
  read: string[];
  missing: string[];
  /** Every inherit so far ran and its eclass was read. */
  complete: boolean;
  /** Eclasses being read (a cycle is not followed). */
  stack: string[];
  /** Eclasses sourced so far (each inherit of one counts). */
  eclassReads: number;
  fnAssigned: Set<string>;
  /** IUSE the eclasses add (Portage's E_IUSE); undefined once one of them is not known. */
  eclassIuse: string[] | undefined;
  /** `die` ran at global scope. */
  died?: NonNullable<EbuildInfo['dies']>;
  /** ParseOptions.skip. */
  skip?: ReadonlySet<string>;
}

/**
 * Read the static variables of an ebuild. Never throws. When bash itself would refuse the file (the verdict of
 * bash-syntax.ts, which agrees with `bash -n`), that is one `ebuild-syntax` finding on `file` at the line bash
 * names, and `bashError` is set; what the reader merely cannot follow is never a finding.
 */
export function parseEbuild(text: string, file?: string, opts: ParseOptions = {}): EbuildInfo {
  try {
    return parseEbuildUnguarded(text, file, opts);
  } catch (e) {
    // thousands of levels of `${`, `{a,b}` or `case`: the recursive readers ran out of stack
    if (!(e instanceof RangeError)) throw e;
    const where = file !== undefined ? { file } : {};
    return {
      vars: {},
      inherit: [],
      findings: [ebuildFindings.make('ebuild-too-deep', `${file ?? 'the ebuild'} nests expansions, braces or case more deeply than the reader follows (${e.message}); it was not read`, where)],
      complete: false,
    };
  }
}

function parseEbuildUnguarded(text: string, file: string | undefined, opts: ParseOptions): EbuildInfo {
  let source = opts.prepared?.get(text);
  if (source === undefined) {
    source = prepareSource(text, file);
    opts.prepared?.set(text, source);
  } else if (source.file !== file) source = { ...source, file };
  if (opts.skip?.size) {
    const vars = new WatchedVars();
    const info = readSource(source, file, opts, vars, opts.skip);
    if (!vars.skippedRead) return info;
  }
  return readSource(source, file, opts, new Map(), undefined);
}

function readSource(source: PreparedSource, file: string | undefined, opts: ParseOptions, vars: Map<string, EbuildValue>, skip: ReadonlySet<string> | undefined): EbuildInfo {
  const ctx: EvalCtx = { vars, env: ebuildEnv(file) };
  const shared: Shared = {
    ctx, inherit: [], read: [], missing: [], inheritSet: new Set(), readSet: new Set(), missingSet: new Set(), complete: opts.eclass !== undefined && source.verdict.kind === 'ok', stack: [], eclassReads: 0,
    fnAssigned: new Set(source.fnAssigned), eclassIuse: [], ...(skip ? { skip } : {}),
  };
  if (opts.eclass) {
    shared.eclass = opts.eclass;
    ctx.unset = (name) => shared.complete && !shared.fnAssigned.has(name) && !PROVIDED_VARS.has(name);
  }
  const info = new EbuildReader(source, shared, false).read();
  if (shared.died) info.dies = shared.died;
  if (opts.eclass) {
    info.eclasses = shared.read;
    if (shared.missing.length) info.eclassesMissing = shared.missing;
    info.complete = shared.complete;
    if (shared.complete && shared.eclassIuse) info.eclassIuse = shared.eclassIuse;
  }
  return info;
}

const wordText = (t: Tok | undefined): string | undefined =>
  t === undefined ? undefined : t.t === 'w' ? t.raw : t.t === 'op' ? t.v : undefined;

class EbuildReader {
  private readonly findings: Finding[] = [];
  private readonly lineStarts: number[];
  private readonly ctx: EvalCtx;
  private readonly file: string | undefined;
  private readonly frames: OpenFrame[] = [];
  private fnDepth = 0; // >0 while inside a function body
  private fnPendingBrace = false;

  constructor(
    private readonly source: PreparedSource,
    private readonly shared: Shared,
    /** Reading an inherited eclass: its syntax is not the ebuild's finding, its inherits not the ebuild's. */
    private readonly isEclass: boolean,
  ) {
    this.lineStarts = source.lineStarts;
    this.ctx = shared.ctx;
    this.file = source.file;
  }

  /** Run an eclass's global scope (its own reader: frames and function state are per file). */
  run(): void {
    this.runLists(this.source.toks);
  }

  read(): EbuildInfo {
    const verdict = this.source.verdict;
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
    this.runLists(this.source.toks);
    const vars: Record<string, EbuildValue> = {};
    for (const [k, v] of this.ctx.vars) vars[k] = v;
    return { vars, inherit: this.shared.inherit, findings: this.findings, ...(bashError ? { bashError } : {}) };
  }

  private lineAt(pos: number): number {
    return lineAtOffset(this.lineStarts, pos);
  }

  // --- lists: split tokens into and-or lists of pipelines of commands ---

  /** The commands of toks[from, to) (a `case` branch's body is read in place, not copied out). */
  private runLists(toks: Tok[], from = 0, to = toks.length): void {
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
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if (t.t === 'w' && t.raw === 'case' && cur.length === 0 && list.length === 0 && this.fnDepth === 0 && !this.fnPendingBrace) {
        const c = parseCase(toks, i, to);
        if (c) {
          this.caseStatement(c);
          i = c.end - 1;
          continue;
        }
      }
      if (t.t === 'op' && t.v === '\n' && cur.length === 0 && list.length > 0) {
        // `a ||` / `a &&` / `a |` then a newline: the list goes on on the next line
        continue;
      }
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
    const c = evalCondition(first, this.ctx);
    const line = this.lineAt(first[0]?.pos ?? 0);
    const reason = `assigned under a condition (line ${line}) that is not evaluated statically`;
    this.command(list[0], { skip: c !== undefined }, undefined);
    // `[[ c ]] && X=… || Y=…`: with c decided, follow the exit statuses; an assignment or inherit succeeds,
    // any other command's status is not known, and neither is what runs after it
    let status: boolean | undefined = c;
    for (let k = 1; k < list.length; k++) {
      const conn = connectors[k - 1];
      if (status === undefined || conn === '|') {
        this.command(list[k], { unknown: reason }, undefined);
        status = undefined;
        continue;
      }
      const run = conn === '&&' ? status : !status;
      if (!run) {
        this.command(list[k], { skip: true }, undefined);
        continue;
      }
      this.command(list[k], {}, undefined);
      status = succeeds(list[k]) ? true : undefined;
    }
  }

  /**
   * Run the branch a known WORD selects (`;&` falls through into the next body, `;;&` tests the next
   * patterns too); with WORD or a pattern unknown, every branch from there on is read as conditional.
   */
  private caseStatement(c: CaseStatement): void {
    const line = this.lineAt(c.pos);
    const outer = this.contextMode().mode;
    const subject = outer === 'active' ? evalWord(c.subject, this.ctx, {}) : undefined;
    const runBody = (body: CaseStatement['branches'][number]['body'], mode: FrameMode): void => {
      this.pushFrame({ kind: 'branch', mode, anyTaken: mode === 'active', unknownSeen: mode === 'unknown', line });
      this.runLists(c.toks, body.from, body.to);
      this.frames.pop();
    };
    if (outer === 'dead') return;
    if (subject === undefined || subject instanceof Unknown) {
      for (const b of c.branches) runBody(b.body, 'unknown');
      return;
    }
    const value = subject.fields.join(' ');
    let unknownFrom = -1;
    let fallInto = false;
    for (let k = 0; k < c.branches.length; k++) {
      const b = c.branches[k];
      let matched = fallInto;
      if (!matched) {
        for (const p of b.patterns) {
          const pat = evalPattern(p, this.ctx);
          if (pat instanceof Unknown) {
            unknownFrom = k;
            break;
          }
          if (globToRegex(pat).test(value)) {
            matched = true;
            break;
          }
        }
      }
      if (unknownFrom !== -1) break;
      fallInto = false;
      if (!matched) continue;
      runBody(b.body, 'active');
      if (b.term === ';&') fallInto = true;
      else if (b.term !== ';;&') return;
    }
    if (unknownFrom !== -1) for (const b of c.branches.slice(unknownFrom)) runBody(b.body, 'unknown');
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
    // reserved words are taken from the front by moving `at` (slicing the rest off for each of thousands of
    // `{ { { …` copied the command each time)
    const prefix: CasePrefix = {};
    let at = 0;
    for (;;) {
      const step = this.keyword(words, at, wholeList, prefix);
      if (step === 'stop') return;
      if (step === 0) break;
      at += step;
      if (at >= words.length) return;
    }
    if (at > 0) words = words.slice(at);
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
   * A reserved word at words[at]: updates the frames and returns how many words it took (the rest is
   * processed as a command), 'stop' when the whole command is taken, 0 when there is none.
   */
  private keyword(words: Tok[], at: number, wholeList: Tok[][] | undefined, prefix: CasePrefix): number | 'stop' {
    const w0 = wordText(words[at]);
    if (w0 === undefined) return 0;
    const top = this.frames[this.frames.length - 1];
    if (top?.kind === 'case') {
      if (w0 === 'esac') {
        this.frames.pop();
        return 1;
      }
      // drop the `pattern)` prefix of a case branch
      const close = (prefix.close ??= new NextIndex(words, (w) => w.t === 'op' && w.v === ')')).from(at);
      if (close !== -1) {
        const assignment = (prefix.assignment ??= new NextIndex(words, (w) => w.t === 'w' && isAssignment(w.raw))).from(at);
        if (assignment === -1 || assignment > close) return close + 1 - at;
      }
    }
    switch (w0) {
      case 'then':
      case 'do':
        return 1;
      case 'if':
      case 'elif':
        this.ifOrElif(w0, at === 0 ? words : words.slice(at), top, wholeList);
        return 'stop';
      case 'else':
        return this.elseWord(words[at], top);
      case 'fi':
        if (top?.kind === 'if') this.frames.pop();
        return 1;
      case 'case':
        this.pushFrame({ kind: 'case', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[at].pos) });
        return 'stop';
      case 'for':
      case 'while':
      case 'until':
      case 'select':
        this.pushFrame({ kind: 'loop', mode: 'unknown', anyTaken: false, unknownSeen: true, line: this.lineAt(words[at].pos) });
        return 'stop';
      case 'done':
        if (top?.kind === 'loop') this.frames.pop();
        return 1;
      case '{':
        this.pushFrame({ kind: 'group', mode: 'active', anyTaken: true, unknownSeen: false, line: this.lineAt(words[at].pos) });
        return 1;
      case '}':
        if (top?.kind === 'group') this.frames.pop();
        return 1;
      default:
        return 0;
    }
  }

  private ifOrElif(w0: 'if' | 'elif', words: Tok[], top: OpenFrame | undefined, wholeList: Tok[][] | undefined): void {
    const line = this.lineAt(words[0].pos);
    const c = wholeList && wholeList.length > 1 ? undefined : evalCondition(words.slice(1), this.ctx);
    if (w0 === 'if') {
      const parentDead = this.contextMode().mode === 'dead';
      this.pushFrame({
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
    const parentDead = f.outerDead;
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

  private elseWord(word: Tok, top: OpenFrame | undefined): number | 'stop' {
    const f = top?.kind === 'if' ? top : undefined;
    if (!f) return 'stop';
    const parentDead = f.outerDead;
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
      else this.shared.complete = false;
      return;
    }
    if (w0 === 'die' && mode.mode === 'active' && !cond.unknown && !this.shared.died) {
      // Portage stops sourcing here: the ebuild has no metadata ("masked by: corruption")
      const msg = words.slice(1).map((w) => (w.t === 'w' ? evalWord(w.raw, this.ctx, {}) : undefined)).map((r) => (r && !(r instanceof Unknown) ? r.fields.join(' ') : '…'));
      this.shared.died = { line: this.lineAt(words[0].pos), message: msg.join(' '), ...(this.isEclass && this.file ? { eclass: this.file } : {}) };
      return;
    }
    if (w0 === 'local') return; // only meaningful in functions
    if (w0 === ':') {
      this.defaultAssignments(words.slice(1), mode, cond);
      return;
    }
    if (w0 === 'unset') {
      this.unset(words.slice(1), mode, cond);
      return;
    }
    // (a first word longer than any of them is not hashed: it may be a value of thousands of characters)
    const declares = w0 !== undefined && w0.length <= 8 && DECLARE_WORDS.has(w0);
    let k = 0;
    if (declares) {
      k = 1;
      while (k < words.length && words[k].t === 'w' && (words[k] as { raw: string }).raw.startsWith('-')) k++;
    }
    const assigns: Tok[] = [];
    for (; k < words.length; k++) {
      const w = words[k];
      if (w.t === 'arr' || (w.t === 'w' && isAssignment(w.raw))) assigns.push(w);
      else break;
    }
    // `X=1 cmd` sets X for cmd only
    if (k < words.length && !declares) return;
    for (const a of assigns) this.assign(a, mode, cond.unknown);
  }

  /** `: ${X:=default}` / `: "${X=default}"`: the expansion assigns X when it is unset (`:=`: or empty). */
  private defaultAssignments(args: Tok[], mode: Mode, cond: Cond): void {
    if (mode.mode === 'dead') return;
    for (const w of args) {
      if (w.t !== 'w') continue;
      const m = /^("?)\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)=([\s\S]*)\}\1$/.exec(w.raw);
      if (!m) continue;
      const [, quote, name, colon, word] = m;
      const line = this.lineAt(w.pos);
      const reason = cond.unknown ?? (mode.mode === 'unknown' ? mode.reason : undefined);
      if (reason) {
        this.ctx.vars.set(name, { kind: 'unknown', raw: word, line, reason });
        continue;
      }
      const prev = this.ctx.vars.get(name);
      const isSet = prev !== undefined || Object.hasOwn(this.ctx.env, name);
      if (prev?.kind === 'unknown') continue;
      if (!isSet && !this.ctx.unset?.(name)) {
        this.ctx.vars.set(name, { kind: 'unknown', raw: word, line, reason: `\${${name}:=…} on line ${line} keeps a value set elsewhere (eclass, profile)` });
        continue;
      }
      const current = isSet ? evalWord(`\${${name}}`, this.ctx, {}) : { fields: [''] };
      const empty = !(current instanceof Unknown) && current.fields.join(' ') === '';
      if (isSet && (colon === '' || !empty)) continue;
      // the default word is expanded as inside double quotes when the whole expansion is quoted
      this.ctx.vars.set(name, assignedValue(this.ctx, quote ? `"${word}"` : word, line, undefined));
    }
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

  private pushFrame(f: Frame): void {
    const top = this.frames[this.frames.length - 1];
    const { kind, mode, anyTaken, unknownSeen, line } = f;
    const outerDead = top !== undefined && (top.outerDead || top.mode === 'dead');
    const outerUnknown = top === undefined ? undefined : (top.outerUnknown ?? (top.mode === 'unknown' ? top : undefined));
    this.frames.push({ kind, mode, anyTaken, unknownSeen, line, outerDead, outerUnknown });
  }

  /** What the open frames make of a command: dead when one is, else unknown when one is (the outermost named). */
  private contextMode(): Mode {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) return { mode: 'active' };
    if (top.outerDead || top.mode === 'dead') return { mode: 'dead' };
    const unknown = top.outerUnknown ?? (top.mode === 'unknown' ? top : undefined);
    if (unknown) {
      const what = unknown.kind === 'loop' ? 'a loop' : unknown.kind === 'case' || unknown.kind === 'branch' ? 'a case branch' : 'a condition';
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
      const m = splitAssignment(tok.raw)!;
      name = m.name;
      if (m.index !== undefined) {
        // element assignment X[i]=v: we do not track indices
        this.ctx.vars.set(name, { kind: 'unknown', raw: tok.raw, line, reason: `element assignment ${name}${m.index}= is not tracked` });
        return;
      }
      append = m.append;
      rawValue = m.value;
    } else return;
    const reason = extraUnknown ?? (mode.mode === 'unknown' ? mode.reason : undefined) ?? (this.shared.skip?.has(name) ? NOT_EVALUATED : undefined);
    if (reason) {
      this.ctx.vars.set(name, { kind: 'unknown', raw: rawValue, line, reason });
      return;
    }
    const prev = this.ctx.vars.get(name);
    const value = assignedValue(this.ctx, rawValue, line, elems);
    this.ctx.vars.set(name, append && prev ? appendValue(prev, value, rawValue) : value);
  }

  private doInherit(args: Tok[], mode: Mode): void {
    const sh = this.shared;
    if (mode.mode !== 'active') {
      // an eclass that may or may not be read: what it sets is not known
      if (mode.mode === 'unknown') sh.complete = false;
      return;
    }
    for (const a of args) {
      if (a.t !== 'w') continue;
      const r = evalWord(a.raw, this.ctx, { split: true });
      if (r instanceof Unknown) {
        sh.complete = false;
        continue;
      }
      for (const e of r.fields) {
        if (!this.isEclass && !sh.inheritSet.has(e)) {
          sh.inheritSet.add(e);
          sh.inherit.push(e);
        }
        this.source_eclass(e);
        if (e === 'cargo') this.ctx.cargoCrateUris = cargoCrateUris(this.ctx);
      }
    }
  }

  /** Read an inherited eclass's global scope in place, as Portage's inherit() sources it. */
  private source_eclass(name: string): void {
    const sh = this.shared;
    if (!sh.eclass) return;
    if (sh.stack.includes(name) || sh.stack.length > 30) return;
    // Portage sources an eclass again at each inherit; eclasses guard against that, and a diamond of unguarded
    // ones is read 2^depth times (25 two-line eclasses: minutes). Past MAX_ECLASS_READS the rest is not known.
    if (++sh.eclassReads > MAX_ECLASS_READS) {
      sh.complete = false;
      return;
    }
    const src = sh.eclass(name);
    if (!src || src.verdict.kind !== 'ok') {
      if (!sh.missingSet.has(name)) {
        sh.missingSet.add(name);
        sh.missing.push(name);
      }
      sh.complete = false;
      return;
    }
    for (const n of src.fnAssigned) sh.fnAssigned.add(n);
    if (!sh.readSet.has(name)) {
      sh.readSet.add(name);
      sh.read.push(name);
    }
    const vars = this.ctx.vars;
    const saved = new Map(ECLASS_ACCUMULATED.map((k) => [k, vars.get(k)]));
    for (const k of ECLASS_ACCUMULATED) vars.delete(k);
    const outerEclass = vars.get('ECLASS');
    vars.set('ECLASS', { kind: 'string', value: name, line: 0 });
    sh.stack.push(name);
    new EbuildReader(src, sh, true).run();
    sh.stack.pop();
    const iuse = vars.get('IUSE');
    if (iuse?.kind === 'unknown') sh.eclassIuse = undefined;
    else if (iuse && sh.eclassIuse) pushAll(sh.eclassIuse, (iuse.kind === 'string' ? iuse.value.split(/\s+/) : iuse.values).filter(Boolean));
    if (outerEclass) vars.set('ECLASS', outerEclass);
    else vars.delete('ECLASS');
    for (const [k, v] of saved) {
      if (v) vars.set(k, v);
      else vars.delete(k);
    }
  }
}

/** The first index at or after a given one whose token satisfies `test`, -1 when none; each token is tested about
 * once whatever the number of lookups, as long as they do not go back. */
class NextIndex {
  private searchedFrom = Infinity;
  private found = -1;

  constructor(
    private readonly toks: Tok[],
    private readonly test: (t: Tok) => boolean,
  ) {}

  from(i: number): number {
    if (!(this.searchedFrom <= i && (this.found === -1 || i <= this.found))) {
      this.searchedFrom = i;
      this.found = -1;
      for (let k = i; k < this.toks.length; k++) {
        if (this.test(this.toks[k])) {
          this.found = k;
          break;
        }
      }
    }
    return this.found;
  }
}

/** Lookups for the `pattern)` prefix of a command inside a `case` the reader did not take apart. */
interface CasePrefix {
  close?: NextIndex;
  assignment?: NextIndex;
}

interface CaseStatement {
  pos: number;
  subject: string;
  /** The tokens the statement is in; a branch's body is toks[from, to). */
  toks: Tok[];
  branches: { patterns: string[]; body: { from: number; to: number }; term: string }[];
  /** Index just past `esac`. */
  end: number;
}

/** A token after which a reserved word is at the start of a command. */
function commandStart(prev: Tok | undefined): boolean {
  if (!prev) return true;
  if (prev.t === 'op') return prev.v !== 'redir';
  return prev.t === 'w' && (prev.raw === 'then' || prev.raw === 'do' || prev.raw === 'else' || prev.raw === '{' || prev.raw === 'in');
}

/**
 * For each `case` at the start of a command, the index of the `esac` (at the start of a command) that closes it, -1
 * when none does: the bracket matching of the two words. Found once per token list; a branch body holding a nested
 * case jumps over it instead of counting its way through it at every level of nesting.
 */
const esacIndexes = new WeakMap<Tok[], Int32Array>();

function esacIndex(toks: Tok[]): Int32Array {
  let out = esacIndexes.get(toks);
  if (out) return out;
  out = new Int32Array(toks.length).fill(-1);
  const open: number[] = [];
  for (let j = 0; j < toks.length; j++) {
    const b = toks[j];
    if (b.t !== 'w' || !commandStart(toks[j - 1])) continue;
    if (b.raw === 'case') open.push(j);
    else if (b.raw === 'esac' && open.length > 0) out[open.pop()!] = j;
  }
  esacIndexes.set(toks, out);
  return out;
}

/** `case WORD in [(]pat[|pat]…) body ;; … esac` from toks[i] (`case`), within toks[…, end); undefined when it is
 * not that shape. */
function parseCase(toks: Tok[], i: number, end: number): CaseStatement | undefined {
  const at = (k: number): Tok | undefined => (k < end ? toks[k] : undefined);
  const subj = at(i + 1);
  if (subj?.t !== 'w') return undefined;
  let j = i + 2;
  while (at(j)?.t === 'op' && (at(j) as { v: string }).v === '\n') j++;
  if (wordText(at(j)) !== 'in' || at(j)!.t !== 'w') return undefined;
  j++;
  const branches: CaseStatement['branches'] = [];
  const isOp = (t: Tok | undefined, v: string): boolean => t?.t === 'op' && t.v === v;
  for (;;) {
    while (isOp(at(j), '\n') || isOp(at(j), ';')) j++;
    const t = at(j);
    if (!t) return undefined;
    if (t.t === 'w' && t.raw === 'esac') return { pos: toks[i].pos, subject: subj.raw, toks, branches, end: j + 1 };
    if (isOp(t, '(')) j++;
    const patterns: string[] = [];
    for (;;) {
      const p = at(j);
      if (p?.t !== 'w') return undefined;
      patterns.push(p.raw);
      j++;
      if (isOp(at(j), '|')) j++;
      else if (isOp(at(j), ')')) {
        j++;
        break;
      } else return undefined;
    }
    // the body: up to `;;` / `;&` / `;;&` or a closing `esac`, nested case statements jumped over
    const start = j;
    let term = '';
    for (; j < end; j++) {
      const b = toks[j];
      if (b.t === 'w' && commandStart(toks[j - 1])) {
        if (b.raw === 'case') {
          const esac = esacIndex(toks)[j];
          if (esac === -1 || esac >= end) return undefined;
          j = esac;
        } else if (b.raw === 'esac') {
          term = 'esac';
          break;
        }
      } else if (isOp(b, ';') && isOp(at(j + 1), ';') && at(j + 1)!.pos === b.pos + 1) {
        term = isOp(at(j + 2), '&') && at(j + 2)!.pos === b.pos + 2 ? ';;&' : ';;';
        break;
      } else if (isOp(b, ';') && isOp(at(j + 1), '&') && at(j + 1)!.pos === b.pos + 1) {
        term = ';&';
        break;
      }
    }
    if (!term) return undefined;
    branches.push({ patterns, body: { from: start, to: j }, term });
    if (term !== 'esac') j += term.length;
  }
}

/** cargo.eclass computes CARGO_CRATE_URIS from CRATES (and GIT_CRATES) when inherited: from their values at that
 * point, turned into URIs when first expanded. */
function cargoCrateUris(ctx: EvalCtx): string | Unknown | (() => string | Unknown) {
  if (ctx.vars.has('GIT_CRATES')) return new Unknown('GIT_CRATES is set: git crate URIs are not computed statically');
  const crates = ctx.vars.get('CRATES');
  if (!crates) return '';
  if (crates.kind === 'unknown') return new Unknown(`CRATES is not known statically (${crates.reason})`);
  retainValue(crates);
  return () => crateUris(crates.kind === 'string' ? crates.value : crates.values.join(' '));
}

/** An assignment-only command or an `inherit`: its exit status is 0. */
function succeeds(words: Tok[]): boolean {
  const w0 = wordText(words[0]);
  if (w0 === 'inherit' || w0 === ':' || w0 === 'true') return true;
  return words.every((w) => w.t === 'arr' || (w.t === 'w' && isAssignment(w.raw)));
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

/** The tokens inside the given function definitions. */
function insideFunctions(toks: Tok[], fns: readonly FunctionSpan[]): Tok[] {
  if (fns.length === 0) return [];
  const out: Tok[] = [];
  let f = 0;
  for (const t of toks) {
    while (f < fns.length && fns[f].end <= t.pos) f++;
    if (f < fns.length && t.pos >= fns[f].start) out.push(t);
  }
  return out;
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
