/**
 * "Would `bash -n` accept this file?" — bash 5.2's grammar (parse.y) over the tokens of bash-scan.ts: lists,
 * pipelines, `if`/`case`/`for`/`select`/`while`/`until`, `{ }`, `( )`, `(( ))`, `[[ ]]`, function definitions
 * (nested too), redirections and here-documents, and `$( … )` parsed as the commands it holds.
 *
 * Three answers: `ok`; `error` with the line and message bash itself prints; `unknown` when the file uses
 * something this reader does not follow exactly (`coproc`, `((` read back as subshells, anything odd inside
 * `[[ ]]`, where bash's own exit status is inconsistent) — an unknown is never reported as a finding.
 * Options are bash's defaults, as Portage sources an ebuild: extended globs are off outside `[[ ]]` (Portage's
 * isolated-functions.sh sets expand_aliases and extdebug, not extglob), so `@(a|b)` there is an error.
 */
import { BashScanner, BashSyntaxError, BashUnsure, isRedirectOp, LOOKAHEAD_OPS, nameEnd, type BashToken, type LexMode } from './bash-scan.js';

/** A function definition at the top level of the file, from its name to the end of its body (`[start, end)`). */
export interface FunctionSpan {
  name: string;
  start: number;
  end: number;
}

export type BashVerdict =
  | { kind: 'ok'; functions: FunctionSpan[] }
  /** `message` is bash's own; `context` says, when the file ends too early, what was left open. */
  | { kind: 'error'; line: number; message: string; context?: string }
  | { kind: 'unknown'; line: number; reason: string };

/** Check the syntax of a whole file as `bash -n` does (bash 5.2, default options). Never throws. */
export function checkBashSyntax(src: string): BashVerdict {
  const p = new BashParser(src);
  try {
    p.program();
    return { kind: 'ok', functions: p.functions };
  } catch (e) {
    if (e instanceof BashSyntaxError) return { kind: 'error', line: e.line, message: e.message, ...(e.context ? { context: e.context } : {}) };
    if (e instanceof BashUnsure) return { kind: 'unknown', line: e.line, reason: e.reason };
    if (e instanceof RangeError) return { kind: 'unknown', line: 1, reason: 'nested too deeply to follow' };
    throw e;
  }
}

const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in',
  'function', 'time', '{', '}', '!', '[[', ']]', 'coproc',
]);
/** Commands after which `NAME=( … )` is still an assignment (bash's ASSIGNMENT_BUILTIN, plus eval and let). */
const DECLARATION = new Set(['alias', 'declare', 'export', 'local', 'readonly', 'typeset', 'eval', 'let']);
const COMPOUND_START = new Set(['{', 'if', 'for', 'select', 'while', 'until', 'case', '[[']);
/**
 * Whether a word is an assignment as bash's parser sees one: what /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?=/
 * matches (a test holds the two together), a subscript reaching any `]` followed by `=` or `+=`. Only the name
 * and what follows it are read, not the whole word.
 */
export function isAssignmentWord(s: string): boolean {
  const end = nameEnd(s);
  if (end === 0) return false;
  const assignsAt = (k: number): boolean => s.charCodeAt(k) === 61 || (s.charCodeAt(k) === 43 && s.charCodeAt(k + 1) === 61);
  if (s.charCodeAt(end) !== 91 /* [ */) return assignsAt(end);
  for (let k = s.indexOf(']', end + 1); k !== -1; k = s.indexOf(']', k + 1)) if (assignsAt(k + 1)) return true;
  return false;
}
const MAX_DEPTH = 400;

const THEN = new Set(['then']);
const ELSE_FI = new Set(['elif', 'else', 'fi']);
const FI = new Set(['fi']);
const DO = new Set(['do']);
const DONE = new Set(['done']);
const BRACE = new Set(['}']);
const PAREN = new Set([')']);
const CASE_END = new Set([';;', ';&', ';;&', 'esac']);
const COND_OPS = new Set(['(', ')', '&&', '||', '<', '>']);


const isWord = (t: BashToken, text: string): boolean => t.k === 'word' && !t.quoted && t.text === text;

class BashParser {
  readonly functions: FunctionSpan[] = [];
  private readonly sc: BashScanner;
  private la: { tok: BashToken; mode: LexMode } | undefined;
  private lastEnd = 0;
  private comsubDepth = 0;
  private fnDepth = 0;
  private depth = 0;
  /** Constructs open at the current point, innermost last: named when the file ends inside one. */
  private readonly open: { what: string; line: number }[] = [];

  constructor(src: string) {
    this.sc = new BashScanner(src, () => this.comsub());
  }

  // --- tokens ---

  private peek(mode: LexMode): BashToken {
    if (this.la) {
      if (this.la.mode === mode || !modeMatters(this.la.tok)) return this.la.tok;
      // read again in the new mode (a word's `NAME=(`, subscripts and patterns depend on it)
      this.sc.pos = this.la.tok.start;
      this.la = undefined;
    }
    const tok = this.sc.next(mode);
    this.la = { tok, mode };
    return tok;
  }

  private consume(): BashToken {
    const t = this.la!.tok;
    this.la = undefined;
    this.lastEnd = t.end;
    return t;
  }

  private unexpected(t: BashToken): never {
    if (t.k === 'eof') {
      const message = this.comsubDepth > 0 ? "unexpected EOF while looking for matching `)'" : 'syntax error: unexpected end of file';
      throw new BashSyntaxError(this.sc.eofLine(), message, this.eofContext());
    }
    if (t.k === 'nl') throw new BashSyntaxError(this.sc.lineAt(t.start), "syntax error near unexpected token `newline'");
    const text = t.k === 'op' ? t.op : t.text;
    // bash has read one character past most tokens (past line continuations too): its line counts
    const lookahead = t.k === 'word' || LOOKAHEAD_OPS.has(t.op);
    throw new BashSyntaxError(this.sc.lineAfter(t.end, lookahead), `syntax error near unexpected token \`${text}'`);
  }

  /** Why the file ended too early, in the user's terms: what is still open, and a `${…}` that ran over lines. */
  private eofContext(): string {
    const parts: string[] = [];
    const span = this.sc.firstMultilineBrace;
    if (span) parts.push(`the \${…} expansion opened on line ${span.from} runs to line ${span.to} (a quote inside it?)`);
    let inner = this.open[this.open.length - 1];
    // the body of `name() {` is the function itself to the reader
    const outer = this.open[this.open.length - 2];
    if (inner?.what === 'the "{"' && outer?.what.startsWith('the function ')) inner = outer;
    if (inner) parts.push(`${inner.what} opened on line ${inner.line} is not closed`);
    return parts.join('; ');
  }

  private opened(what: string, t: BashToken): void {
    this.open.push({ what, line: this.sc.lineAt(t.start) });
  }

  private newlines(mode: LexMode = 'cmd'): void {
    while (this.peek(mode).k === 'nl') this.consume();
  }

  private expectWord(text: string): void {
    const t = this.peek('cmd');
    if (!isWord(t, text)) this.unexpected(t);
    this.consume();
  }

  private expectOp(op: string, mode: LexMode = 'arg'): void {
    const t = this.peek(mode);
    if (t.k !== 'op' || t.op !== op) this.unexpected(t);
    this.consume();
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new BashUnsure(this.sc.lineAt(this.sc.pos), 'nested too deeply to follow');
  }

  // --- lists ---

  program(): void {
    for (;;) {
      const t = this.peek('cmd');
      if (t.k === 'eof') return;
      if (t.k === 'nl') {
        this.consume();
        continue;
      }
      this.andOr();
      const s = this.peek('arg');
      if (s.k === 'eof') return;
      if (s.k === 'nl' || (s.k === 'op' && (s.op === ';' || s.op === '&'))) this.consume();
      else this.unexpected(s);
    }
  }

  /** bash's compound_list: commands up to one of `terms` (reserved words or operators) in command position. */
  private list(terms: ReadonlySet<string>, allowEmpty = false): void {
    this.newlines();
    let count = 0;
    for (;;) {
      const t = this.peek('cmd');
      if (t.k === 'eof' || (t.k === 'op' && terms.has(t.op)) || (t.k === 'word' && !t.quoted && terms.has(t.text))) break;
      this.andOr();
      count++;
      const s = this.peek('arg');
      if (s.k === 'nl' || (s.k === 'op' && (s.op === ';' || s.op === '&'))) {
        this.consume();
        this.newlines();
        continue;
      }
      break;
    }
    if (count === 0 && !allowEmpty) this.unexpected(this.peek('cmd'));
  }

  private andOr(): void {
    this.pipeline();
    for (;;) {
      const t = this.peek('arg');
      if (t.k !== 'op' || (t.op !== '&&' && t.op !== '||')) return;
      this.consume();
      this.newlines();
      this.pipeline();
    }
  }

  private pipeline(): void {
    let t = this.peek('cmd');
    if (isWord(t, 'time')) {
      this.consume();
      t = this.peek('cmd');
      if (isWord(t, '-p')) {
        this.consume();
        t = this.peek('cmd');
      }
      if (endsPipeline(t)) return;
    }
    while (isWord(t, '!')) {
      this.consume();
      t = this.peek('cmd');
      if (endsPipeline(t)) return; // a lone `!` is a command
    }
    this.command();
    for (;;) {
      const s = this.peek('arg');
      if (s.k !== 'op' || (s.op !== '|' && s.op !== '|&')) return;
      this.consume();
      this.newlines();
      this.command();
    }
  }

  // --- commands ---

  private command(): void {
    this.enter();
    const t = this.peek('cmd');
    if (t.k === 'eof' || t.k === 'nl') this.unexpected(t);
    if (t.k === 'op') {
      if (t.op === '(') {
        this.consume();
        this.opened('the subshell "("', t);
        this.list(PAREN);
        this.expectOp(')', 'cmd');
        this.open.pop();
        this.redirects();
      } else if (t.op === '((') {
        this.consume();
        this.redirects();
      } else if (isRedirectOp(t.op)) this.simpleCommand();
      else this.unexpected(t);
    } else if (!t.quoted && RESERVED.has(t.text)) {
      this.consume();
      this.opened(`the "${t.text}"`, t);
      this.compound(t);
      this.open.pop();
    } else this.simpleCommand();
    this.depth--;
  }

  /** A command starting with the reserved word `t` (already read). */
  private compound(t: BashToken & { k: 'word' }): void {
    switch (t.text) {
      case 'if':
        this.ifCommand();
        break;
      case 'for':
      case 'select':
        this.forCommand(t.text === 'select');
        break;
      case 'while':
      case 'until':
        this.list(DO);
        this.expectWord('do');
        this.list(DONE);
        this.expectWord('done');
        break;
      case 'case':
        this.caseCommand();
        break;
      case '{':
        this.list(BRACE);
        this.expectWord('}');
        break;
      case '[[':
        this.condCommand(t);
        break;
      case 'function':
        this.functionKeyword(t);
        return;
      case 'coproc':
      case 'time':
      case '!':
        throw new BashUnsure(this.sc.lineAt(t.start), `\`${t.text}\` here is not followed`);
      default:
        this.unexpected(t);
    }
    this.redirects();
  }

  private ifCommand(): void {
    this.list(THEN);
    this.expectWord('then');
    this.list(ELSE_FI);
    for (;;) {
      const t = this.peek('cmd');
      if (isWord(t, 'elif')) {
        this.consume();
        this.list(THEN);
        this.expectWord('then');
        this.list(ELSE_FI);
      } else if (isWord(t, 'else')) {
        this.consume();
        this.list(FI);
        this.expectWord('fi');
        return;
      } else if (isWord(t, 'fi')) {
        this.consume();
        return;
      } else this.unexpected(t);
    }
  }

  private forCommand(select: boolean): void {
    let t = this.peek('cmd');
    if (!select && t.k === 'op' && t.op === '((') {
      this.consume();
      const s = this.peek('arg');
      if (s.k === 'op' && s.op === ';') this.consume();
      this.newlines();
      this.loopBody();
      return;
    }
    if (t.k !== 'word') this.unexpected(t);
    this.consume();
    this.newlines();
    t = this.peek('cmd');
    if (isWord(t, 'in')) {
      this.consume();
      for (;;) {
        const w = this.peek('arg');
        if (w.k === 'word') this.consume();
        else if (w.k === 'nl' || (w.k === 'op' && w.op === ';')) {
          this.consume();
          break;
        } else this.unexpected(w);
      }
      this.newlines();
    } else if (t.k === 'op' && t.op === ';') {
      this.consume();
      this.newlines();
    }
    this.loopBody();
  }

  /** `do … done` or `{ … }` after `for`/`select`. */
  private loopBody(): void {
    const t = this.peek('cmd');
    if (isWord(t, 'do')) {
      this.consume();
      this.list(DONE);
      this.expectWord('done');
    } else if (isWord(t, '{')) {
      this.consume();
      this.list(BRACE);
      this.expectWord('}');
    } else this.unexpected(t);
  }

  private caseCommand(): void {
    const w = this.peek('arg');
    if (w.k !== 'word') this.unexpected(w);
    this.consume();
    this.newlines();
    this.expectWord('in');
    for (;;) {
      this.newlines('arg');
      let t = this.peek('arg');
      if (isWord(t, 'esac')) {
        this.consume();
        return;
      }
      if (t.k === 'op' && t.op === '(') {
        this.consume();
        t = this.peek('arg');
      }
      this.casePatterns(t);
      this.list(CASE_END, true);
      const e = this.peek('cmd');
      if (isWord(e, 'esac')) {
        this.consume();
        return;
      }
      if (e.k !== 'op' || !CASE_END.has(e.op)) this.unexpected(e);
      this.consume();
    }
  }

  /** `pat | pat … )` starting at token `t`. */
  private casePatterns(t: BashToken): void {
    for (;;) {
      if (t.k !== 'word') this.unexpected(t);
      this.consume();
      const s = this.peek('arg');
      if (s.k === 'op' && s.op === ')') {
        this.consume();
        return;
      }
      if (s.k !== 'op' || s.op !== '|') this.unexpected(s);
      this.consume();
      t = this.peek('arg');
    }
  }

  /** `[[ … ]]` after `[[`: followed up to its `]]`; the expression itself is not checked. */
  private condCommand(open: BashToken): void {
    try {
      this.condWords(open);
    } catch (e) {
      // bash's own answers inside [[ ]] vary (some of its errors there still exit 0): not followed
      if (e instanceof BashSyntaxError) throw new BashUnsure(this.sc.lineAt(open.start), `inside [[ ]]: ${e.message}`);
      throw e;
    }
  }

  private condWords(open: BashToken): void {
    let mode: LexMode = 'cond';
    for (;;) {
      const t = this.peek(mode);
      if (t.k === 'eof') throw new BashUnsure(this.sc.lineAt(open.start), '`[[` not closed by `]]`');
      this.consume();
      mode = 'cond';
      if (t.k === 'nl') continue;
      if (t.k === 'op') {
        if (!COND_OPS.has(t.op)) throw new BashUnsure(this.sc.lineAt(open.start), `\`${t.op}\` inside [[ ]] is not followed`);
        continue;
      }
      if (t.quoted) continue;
      if (t.text === ']]') return;
      if (t.text === '==' || t.text === '=' || t.text === '!=') mode = 'cond-pattern';
      else if (t.text === '=~') mode = 'cond-regex';
    }
  }

  /** `function NAME [()] body`, after `function`. */
  private functionKeyword(kw: BashToken): void {
    const name = this.peek('arg');
    if (name.k !== 'word') this.unexpected(name);
    this.consume();
    const p = this.peek('arg');
    if (p.k === 'op' && p.op === '(') {
      this.consume();
      this.expectOp(')');
    }
    this.functionBody(name.text, kw.start);
  }

  private functionBody(name: string, start: number): void {
    this.open.push({ what: `the function ${name}()`, line: this.sc.lineAt(start) });
    this.newlines();
    const t = this.peek('cmd');
    const compound = t.k === 'op' ? t.op === '(' || t.op === '((' : t.k === 'word' && !t.quoted && COMPOUND_START.has(t.text);
    if (!compound) this.unexpected(t);
    this.fnDepth++;
    this.command();
    this.fnDepth--;
    if (this.fnDepth === 0 && this.comsubDepth === 0) this.functions.push({ name, start, end: this.lastEnd });
    this.open.pop();
  }

  private simpleCommand(): void {
    let mode: LexMode = 'cmd';
    let first = true;
    let named = false;
    for (;;) {
      const t = this.peek(mode);
      if ((t.k === 'op' && isRedirectOp(t.op)) || (t.k === 'word' && t.redirPrefix)) {
        this.redirect();
        // after a redirection `((` no longer starts arithmetic
        if (mode === 'cmd') mode = 'prefix';
      } else if (t.k === 'word' && !named && isAssignmentWord(t.text)) {
        this.consume();
        mode = 'prefix';
      } else if (t.k === 'word') {
        this.consume();
        if (!named) {
          named = true;
          if (first && this.functionDefinition(t)) return;
          mode = DECLARATION.has(t.text) && !t.quoted ? 'assign' : 'arg';
        }
      } else return;
      first = false;
    }
  }

  /** `NAME ( ) body` when `name` is followed by `(`; false when it is not. */
  private functionDefinition(name: BashToken & { k: 'word' }): boolean {
    // Only a `(` (after blanks, or a line continuation) can follow: anything else is not looked at here. Reading
    // the next word in `arg` mode, to read it again in the mode its command wants (`export`: `assign`), parsed
    // each `$(…)` in it twice, and `export $(export $(…))` nested 20 deep 2^20 times.
    if (!this.la) {
      let k = name.end;
      while (this.sc.src[k] === ' ' || this.sc.src[k] === '\t') k++;
      const c = this.sc.src[k];
      if (c !== '(' && c !== '\\') return false;
    }
    const p = this.peek('arg');
    if (p.k !== 'op' || p.op !== '(') return false;
    this.consume();
    this.expectOp(')');
    this.functionBody(name.text, name.start);
    return true;
  }

  private redirects(): void {
    for (;;) {
      const t = this.peek('arg');
      if ((t.k === 'op' && isRedirectOp(t.op)) || (t.k === 'word' && t.redirPrefix)) this.redirect();
      else return;
    }
  }

  /** One redirection, at the token just peeked: `[n|{var}]op target`. */
  private redirect(): void {
    let t = this.consume();
    if (t.k === 'word') {
      t = this.peek('arg');
      if (t.k !== 'op' || !isRedirectOp(t.op)) this.unexpected(t);
      this.consume();
    }
    const op = (t as BashToken & { k: 'op' }).op;
    const w = this.peek('arg');
    if (w.k !== 'word' || w.redirPrefix) this.unexpected(w);
    this.consume();
    if (op === '<<' || op === '<<-') this.sc.heredoc(w.text, op === '<<-');
  }

  /** The commands of a `$( … )` whose `(` the scanner just read, up to and including its `)`. */
  private comsub(): void {
    const saved = this.la;
    this.la = undefined;
    this.comsubDepth++;
    this.open.push({ what: 'the "$("', line: this.sc.lineAt(this.sc.pos - 1) });
    this.enter();
    this.list(PAREN, true);
    this.expectOp(')', 'cmd');
    this.depth--;
    this.open.pop();
    this.comsubDepth--;
    this.la = saved;
  }
}

/** What may follow a lone `time` or `!` (bash's list_terminator). */
const endsPipeline = (t: BashToken): boolean => t.k === 'eof' || t.k === 'nl' || (t.k === 'op' && t.op === ';');

/**
 * Whether a token read in one mode is read again when asked for in another: words only. An operator keeps
 * its first reading: `(` read where no command starts stays `(` (bash decides `((` by the token before it),
 * and newlines have already consumed their here-documents.
 */
function modeMatters(t: BashToken): boolean {
  return t.k === 'word';
}
