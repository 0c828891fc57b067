/**
 * The character level of bash's reader, as bash 5.2's parse.y does it: line continuations, quotes, `${…}`,
 * `$(…)`, `$((…))`, backquotes, here-document bodies, and the tokens (words, operators, newlines) the grammar in
 * bash-syntax.ts reads. Only the syntax is followed; nothing is expanded.
 *
 * Problems are thrown: `BashSyntaxError` when bash itself would refuse the text (with the line bash names and
 * its message), `BashUnsure` when the text uses something this reader does not follow exactly (the caller
 * then says nothing rather than guess).
 */
import { lineAtOffset, lineStartsOf } from '../../sorted.js';

export class BashSyntaxError {
  constructor(
    readonly line: number,
    readonly message: string,
    readonly context?: string,
  ) {}
}

export class BashUnsure {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {}
}

export type BashToken =
  | { k: 'word'; text: string; quoted: boolean; start: number; end: number; redirPrefix: boolean }
  | { k: 'op'; op: string; start: number; end: number }
  | { k: 'nl'; start: number; end: number }
  | { k: 'eof'; start: number; end: number };

/**
 * Where a token is read, which decides a few lexical questions as bash's parser state does: `cmd` the start
 * of a command (`((` is arithmetic; `NAME=(` and `NAME[…]=` are assignments), `prefix` after an assignment
 * before the command name, `assign` the arguments of a declaration builtin (`local a=( … )`), `compound`
 * inside `NAME=( … )`, `arg` any other argument, `cond*` inside `[[ … ]]` (a pattern after `==`, a regex
 * after `=~`).
 */
export type LexMode = 'cmd' | 'prefix' | 'assign' | 'compound' | 'arg' | 'cond' | 'cond-pattern' | 'cond-regex';

const BLANK = new Set([' ', '\t']);
/** bash's shellbreak: characters that end a word. */
const BREAK = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** Characters a word can run over without a decision (fast path); everything else is looked at one by one. */
const PLAIN = new Uint8Array(128).fill(1);
for (const ch of ' \t\n;&|()<>\\\'"`$[=@!*+?') PLAIN[ch.charCodeAt(0)] = 0;
const isPlain = (code: number): boolean => code >= 128 || PLAIN[code] === 1;
/** Operators after which bash's reader peeks at one more character (to rule out a longer operator). */
export const LOOKAHEAD_OPS = new Set([';', '&', '|', '(', ')', '<', '>', '<<', ';;', '&>']);
const REDIRECT_OPS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<&', '>&', '<>', '>|', '&>', '&>>']);
export const isRedirectOp = (op: string): boolean => REDIRECT_OPS.has(op);

interface PendingHeredoc {
  delim: string;
  quoted: boolean;
  strip: boolean;
}

export class BashScanner {
  pos = 0;
  private readonly n: number;
  private readonly lineStarts: number[];
  private readonly pendingHeredocs: PendingHeredoc[] = [];
  /** The end of the last token read, and whether bash's reader looked one character past it. */
  private prevEnd = 0;
  private prevLookahead = false;
  /** The earliest-opened `${…}` that spans lines: legal, but the usual trace of a quote that swallowed its `}`. */
  firstMultilineBrace: { from: number; to: number } | undefined;
  private readonly stops: QuoteStops;

  /** `comsub` parses the command list of a `$(…)` whose `(` was just read, up to and including its `)`. */
  constructor(
    readonly src: string,
    private readonly comsub: () => void,
  ) {
    this.n = src.length;
    this.stops = new QuoteStops(src);
    this.lineStarts = lineStartsOf(src);
  }

  // --- lines, as bash numbers them ---

  lineAt(pos: number): number {
    if (pos >= this.n) return this.eofLine();
    return lineAtOffset(this.lineStarts, pos);
  }

  /** The line bash is on after reading a token that ends at `end`, with its one-character lookahead or not:
   * bash's count moves on only once it reads past a newline (which a line continuation makes it do). */
  lineAfter(end: number, lookahead: boolean): number {
    if (!lookahead) return this.lineAt(end - 1);
    let p = end;
    while (this.src[p] === '\\' && this.src[p + 1] === '\n') p += 2;
    return p < this.n ? this.lineAt(p) : this.lineStarts.length;
  }

  /**
   * The line bash names at the end of the file: one past the last line (bash ends an unterminated last line
   * itself), and one more when the last token ran into the end through a trailing line continuation (bash
   * then reads the end twice).
   */
  eofLine(): number {
    const newlines = this.lineStarts.length - 1;
    const base = newlines + (this.n > 0 && this.src[this.n - 1] !== '\n' ? 2 : 1);
    const tail = this.src.slice(this.prevEnd);
    return base + (this.prevLookahead && tail !== '' && /^(\\\n)*\\?$/.test(tail) ? 1 : 0);
  }

  private eofIn(open: number, close: string): BashSyntaxError {
    return new BashSyntaxError(this.lineAt(open), `unexpected EOF while looking for matching \`${close}'`);
  }

  // --- characters (bash's shell_getc: `\` + newline vanishes unless quoted) ---

  /** The next character without consuming it ('' at the end), skipping line continuations when `join`. */
  peek(join = true): string {
    if (join) while (this.src[this.pos] === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
    return this.pos < this.n ? this.src[this.pos] : '';
  }

  getc(join = true): string {
    const c = this.peek(join);
    if (c !== '') this.pos++;
    return c;
  }

  // --- tokens ---

  next(mode: LexMode): BashToken {
    const t = this.token(mode);
    if (t.k !== 'eof') {
      this.prevEnd = t.end;
      this.prevLookahead = t.k === 'word' || (t.k === 'op' && LOOKAHEAD_OPS.has(t.op));
    }
    return t;
  }

  private token(mode: LexMode): BashToken {
    for (;;) {
      const c = this.peek();
      if (BLANK.has(c)) this.pos++;
      else break;
    }
    const start = this.pos;
    const c = this.peek();
    if (c === '') return { k: 'eof', start, end: start };
    if (c === '#') {
      // a comment runs to the end of the line; a continuation does not extend it
      while (this.pos < this.n && this.src[this.pos] !== '\n') this.pos++;
      if (this.pos >= this.n) return { k: 'eof', start: this.pos, end: this.pos };
    }
    if (this.peek() === '\n') {
      const nlAt = this.pos;
      this.pos++;
      this.readHeredocBodies();
      return { k: 'nl', start: nlAt, end: this.pos };
    }
    if (BREAK.has(c) && !(mode === 'cond-regex' && (c === '(' || c === '|'))) {
      const op = this.operator(mode);
      if (op !== undefined) return { k: 'op', op, start, end: this.pos };
      // `<(` / `>(`: a process substitution starts a word
    }
    return this.word(mode, start);
  }

  /** Read an operator at pos; undefined for `<(` / `>(` (left unread). */
  private operator(mode: LexMode): string | undefined {
    const c = this.getc();
    const d = this.peek();
    if ((c === '<' || c === '>') && d === '(') {
      this.pos--;
      return undefined;
    }
    const two = c + d;
    if (c === d) {
      if (c === '(') {
        if (mode !== 'cmd') return '(';
        this.pos++;
        this.arithCommand();
        return '((';
      }
      if (c === ')') return ')';
      this.pos++;
      if (c === '<') {
        const e = this.peek();
        if (e === '-' || e === '<') {
          this.pos++;
          return '<<' + e;
        }
        return '<<';
      }
      if (c === ';' && this.peek() === '&') {
        this.pos++;
        return ';;&';
      }
      return two;
    }
    if (two === '<&' || two === '>&' || two === '<>' || two === '>|' || two === '|&' || two === ';&') {
      this.pos++;
      return two;
    }
    if (two === '&>') {
      this.pos++;
      if (this.peek() === '>') {
        this.pos++;
        return '&>>';
      }
      return '&>';
    }
    return c;
  }

  /** `((` … `))` at the start of a command: bash's parse_dparen. */
  private arithCommand(): void {
    const open = this.pos - 2;
    this.matchedPair(open, '(', ')', 'arith');
    if (this.peek() !== ')') {
      // bash re-reads it as nested subshells `( (…) … )`; not followed here
      throw new BashUnsure(this.lineAt(open), '`((` not closed by `))` (nested subshells) is not followed');
    }
    this.pos++;
  }

  /** Register a here-document whose body starts after the next newline token. */
  heredoc(delimWord: string, strip: boolean): void {
    const quoted = /['"\\]/.test(delimWord);
    this.pendingHeredocs.push({ delim: quoteRemoval(delimWord), quoted, strip });
  }

  private readHeredocBodies(): void {
    while (this.pendingHeredocs.length > 0) {
      const h = this.pendingHeredocs.shift()!;
      // a body that reaches the end of the file is only a warning in bash
      while (this.pos < this.n) {
        let line = '';
        for (;;) {
          let e = this.src.indexOf('\n', this.pos);
          if (e === -1) e = this.n;
          const piece = this.src.slice(this.pos, e);
          this.pos = Math.min(e + 1, this.n);
          // an unquoted delimiter makes `\` + newline a continuation inside the body too
          if (!h.quoted && endsWithOddBackslashes(piece) && e < this.n) {
            line += piece.slice(0, -1);
            continue;
          }
          line += piece;
          break;
        }
        if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) break;
      }
    }
  }

  // --- words (bash's read_token_word) ---

  private word(mode: LexMode, start: number): BashToken {
    let text = '';
    let quoted = false;
    // What the `[` and `=` decisions ask of the text so far, kept as it grows: testing it with a regex at each
    // `[` or `=` read the whole word again each time (a word of 80,000 `=`: 3 s). `name` is where the name at its
    // start ends (final once shorter than the text), `last2` its last two characters.
    const word = new WordShape();
    const add = (piece: string): void => {
      text += piece;
      word.add(piece);
    };
    for (;;) {
      const c = this.peek();
      if (c === '') break;
      const at = this.pos;
      if (isPlain(c.charCodeAt(0))) {
        let e = at + 1;
        while (e < this.n && isPlain(this.src.charCodeAt(e))) e++;
        add(this.src.slice(at, e));
        this.pos = e;
        continue;
      }
      if (c === '\\') {
        this.pos++;
        const d = this.getc(false);
        add('\\' + d);
        quoted = true;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') {
        this.pos++;
        this.quoted(at, c);
        add(this.src.slice(at, this.pos));
        if (c !== '`') quoted = true;
        continue;
      }
      if ((mode === 'cond-pattern' || mode === 'cond-regex') && this.extPattern(mode, c)) {
        add(this.src.slice(at, this.pos));
        continue;
      }
      if (c === '$' || c === '<' || c === '>') {
        if (this.dollar(c, false)) {
          add(this.src.slice(at, this.pos));
          if (c === '$' && (this.src[at + 1] === "'" || this.src[at + 1] === '"')) quoted = true;
          continue;
        }
      }
      if (c === '[' && ((text !== '' && (mode === 'cmd' || mode === 'prefix') && word.isName(text)) || (text === '' && mode === 'compound'))) {
        // NAME[subscript]= : the subscript may hold blanks and expansions
        this.pos++;
        this.matchedPair(at, '[', ']', 'subscript');
        add(this.src.slice(at, this.pos));
        continue;
      }
      if (c === '=' && (mode === 'cmd' || mode === 'prefix' || mode === 'assign') && word.isAssignmentLeft(text)) {
        this.pos++;
        add('=');
        if (this.peek() === '(') {
          this.pos++;
          this.compoundAssignment(at + 1);
          add(this.src.slice(at + 1, this.pos));
        }
        continue;
      }
      if (BREAK.has(c)) break;
      this.pos++;
      add(c);
    }
    // a number or {name} right before `<` / `>` belongs to the redirection (bash's NUMBER / REDIR_WORD)
    const after = this.src[this.pos];
    const redirPrefix = (after === '<' || after === '>') && (/^\d+$/.test(text) || /^\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(text));
    return { k: 'word', text, quoted, start, end: this.pos, redirPrefix };
  }

  /** After reading the opening quote at `open`. */
  private quoted(open: number, q: string): void {
    if (q === "'") {
      const e = this.src.indexOf("'", this.pos);
      if (e === -1) throw this.eofIn(open, "'");
      this.pos = e + 1;
    } else if (q === '"') this.doubleQuoted(open);
    else this.backquoted(open);
  }

  private doubleQuoted(open: number): void {
    for (;;) {
      // run over characters that mean nothing inside double quotes
      this.pos = this.stops.next(this.pos);
      const c = this.getc();
      if (c === '') throw this.eofIn(open, '"');
      if (c === '"') return;
      if (c === '\\') this.getc(false);
      else if (c === '`') this.backquoted(this.pos - 1);
      else if (c === '$') {
        this.pos--;
        if (!this.dollar('$', true)) this.pos++;
      }
    }
  }

  private backquoted(open: number): void {
    for (;;) {
      const c = this.getc();
      if (c === '') throw this.eofIn(open, '`');
      if (c === '`') return;
      if (c === '\\') this.getc(false);
    }
  }

  private ansiQuoted(open: number): void {
    for (;;) {
      const c = this.getc(false);
      if (c === '') throw this.eofIn(open, "'");
      if (c === "'") return;
      if (c === '\\') this.getc(false);
    }
  }

  /**
   * At `$`, `<` or `>`: read `$(…)`, `$((…))`, `${…}`, `$[…]`, `$'…'`, `$"…"`, `<(…)`, `>(…)` and return
   * true; false (nothing read) when `c` starts none of them. Within double quotes `$'` and `$"` are plain.
   */
  private dollar(c: string, inDouble: boolean): boolean {
    const at = this.pos;
    this.pos++;
    const d = this.peek();
    if (d === '(') {
      this.pos++;
      // `$((`, and also `<((` / `>((`, are read as arithmetic first (bash's parse_comsub)
      if (this.peek() === '(') this.matchedPair(at, '(', ')', 'arith');
      else this.comsub();
      return true;
    }
    if (c === '$' && d === '{') {
      this.pos++;
      this.matchedPair(at, '{', '}', 'dolbrace');
      // the first newline at or after `at` ends its line (searching the text for it, each `${` of a line of
      // thousands searched the rest of the line)
      const line = this.lineAt(at);
      const nl = line < this.lineStarts.length ? this.lineStarts[line] - 1 : -1;
      if (nl !== -1 && nl < this.pos && (!this.firstMultilineBrace || line < this.firstMultilineBrace.from)) {
        this.firstMultilineBrace = { from: line, to: this.lineAt(this.pos - 1) };
      }
      return true;
    }
    if (c === '$' && d === '[') {
      this.pos++;
      this.matchedPair(at, '[', ']', 'arith');
      return true;
    }
    if (c === '$' && d === "'" && !inDouble) {
      this.pos++;
      this.ansiQuoted(at);
      return true;
    }
    if (c === '$' && d === '"' && !inDouble) {
      this.pos++;
      this.doubleQuoted(at);
      return true;
    }
    this.pos = at;
    return false;
  }

  /**
   * bash's parse_matched_pair for a grouping construct whose opening was just read. Quotes inside are always
   * quotes (also within double quotes). What else nests depends on the construct, as in parse.y:
   * `dolbrace` `${…}` (the first `}` closes; `$(`, `${`, `$[`, `<(`, `>(` nest), `subscript` `NAME[…]=`
   * (`[` counted; the same nest), `arith` `$((…))` / `((…))` / `$[…]` (its opening counted; only `$(` nests),
   * `paren` an extended glob or regex group (`(` counted; nothing nests).
   */
  private matchedPair(open: number, o: string, close: string, kind: 'dolbrace' | 'subscript' | 'arith' | 'paren'): void {
    let depth = 1;
    let prev = '';
    let dollarAt = -1;
    for (;;) {
      const c = this.getc();
      if (c === '') throw this.eofIn(open, close);
      if (c === '$' && prev !== '$') dollarAt = this.pos - 1;
      if (c === '\\') {
        this.getc(false);
        prev = '';
        continue;
      }
      if (c === close) {
        depth--;
        if (depth === 0) return;
      } else if (c === o && kind !== 'dolbrace') depth++;
      if (c === "'" && prev === '$') this.ansiQuoted(this.pos - 2);
      else if (c === "'" || c === '"' || c === '`') this.quoted(this.pos - 1, c);
      else if (prev === '$' && kind !== 'paren' && (c === '(' || ((c === '{' || c === '[') && kind !== 'arith'))) {
        if (c === o && kind !== 'dolbrace') depth--; // counted above; the nested construct reads its own close
        this.pos = dollarAt;
        this.dollar('$', false);
      } else if ((prev === '<' || prev === '>') && c === '(' && (kind === 'dolbrace' || kind === 'subscript')) {
        this.comsub();
      }
      prev = prev === '$' && c === '$' ? '' : c;
    }
  }

  /** `NAME=(` was read: words up to `)`, newlines and comments allowed (bash's parse_compound_assignment). */
  private compoundAssignment(open: number): void {
    for (;;) {
      const t = this.next('compound');
      if (t.k === 'nl') continue;
      if (t.k === 'eof') throw this.eofIn(open, ')');
      if (t.k === 'op' && t.op === ')') return;
      if (t.k === 'op') throw new BashSyntaxError(this.lineAt(t.end - 1), `syntax error near unexpected token \`${t.op}'`);
    }
  }

  /** Extended glob `@(…)` `!(…)` `*(…)` `+(…)` `?(…)` in a `[[ ]]` pattern, and `( … )` groups in a `=~` regex. */
  private extPattern(mode: LexMode, c: string): boolean {
    const at = this.pos;
    if (mode === 'cond-regex' && c === '(') {
      this.pos++;
      this.matchedPair(at, '(', ')', 'paren');
      return true;
    }
    if (mode === 'cond-regex' && c === '|') {
      this.pos++;
      return true;
    }
    if ('@!*+?'.includes(c) && this.src[at + 1] === '(') {
      this.pos += 2;
      this.matchedPair(at, '(', ')', 'paren');
      return true;
    }
    return false;
  }
}

/**
 * The shape of a word being read, for the two questions its reader asks at `[` and `=`: is it a name
 * (/^[A-Za-z_][A-Za-z0-9_]*$/), and is it what may stand left of an assignment's `=`
 * (/^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/). The name at the start is looked at once, and of the rest only
 * the last two characters and the one after the name matter: each question costs the same at any length.
 */
export class WordShape {
  private length = 0;
  /** text[0, nameEnd) is the name at the start; final once shorter than the text looked at (`nameSeen`). */
  private nameEnd = 0;
  private nameSeen = 0;
  private afterName = '';
  private last2 = '';

  add(piece: string): void {
    if (piece === '') return;
    this.length += piece.length;
    this.last2 = piece.length >= 2 ? piece.slice(-2) : this.last2.slice(-1) + piece;
  }

  private nameOf(text: string): number {
    if (this.nameEnd === this.nameSeen && this.nameSeen < this.length) {
      // still all name: go on from where it stopped
      this.nameEnd = nameEnd(text, this.nameEnd);
      this.nameSeen = this.length;
      if (this.nameEnd < this.length) this.afterName = text[this.nameEnd];
    }
    return this.nameEnd;
  }

  /** /^[A-Za-z_][A-Za-z0-9_]*$/.test(text), text being what was added. */
  isName(text: string): boolean {
    return this.length > 0 && this.nameOf(text) === this.length;
  }

  /** /^[A-Za-z_][A-Za-z0-9_]*(\[[\s\S]*\])?\+?$/.test(text), text being what was added. */
  isAssignmentLeft(text: string): boolean {
    const e = this.nameOf(text);
    if (e === 0) return false;
    let end = this.length;
    let last: string | undefined = this.last2[this.last2.length - 1];
    if (last === '+') {
      end--;
      last = this.last2.length >= 2 ? this.last2[0] : undefined;
    }
    if (end === e) return true;
    return this.afterName === '[' && last === ']' && end - e >= 2;
  }
}

function endsWithOddBackslashes(s: string): boolean {
  let k = 0;
  while (k < s.length && s[s.length - 1 - k] === '\\') k++;
  return k % 2 === 1;
}

/** The delimiter of a here-document: the word with its quotes removed. */
function quoteRemoval(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w[k];
    if (c === '\\') out += w[++k] ?? '';
    else if (c === "'") {
      const e = w.indexOf("'", k + 1);
      out += w.slice(k + 1, e === -1 ? w.length : e);
      k = e === -1 ? w.length : e;
    } else if (c === '"') {
      k++;
      while (k < w.length && w[k] !== '"') {
        if (w[k] === '\\' && '$`"\\\n'.includes(w[k + 1] ?? '')) k++;
        out += w[k++];
      }
    } else out += c;
  }
  return out;
}

/** The end of the shell name `[A-Za-z_][A-Za-z0-9_]*` at the start of `s`; 0 when there is none. `from`: s[0, from)
 * is known to be a name already. */
export function nameEnd(s: string, from = 0): number {
  if (from === 0) {
    const c0 = s.charCodeAt(0);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) return 0;
  }
  let i = Math.max(from, 1);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) break;
  }
  return i;
}

/** The characters that end a run of plain text inside double quotes: `"` `\` `$` and the backquote. */
const QUOTE_STOPS = ['"', '\\', '$', '`'];

/**
 * Where the run of plain characters inside double quotes that starts at a position ends: the next `"`, `\`, `$` or
 * backquote of `text`. Found with indexOf, which V8 runs vectorized (here ~40× a loop of charCodeAt over a CRATES
 * list of a few thousand characters), and each character's next position is remembered, so one text is searched
 * for each of them about once whatever the number of lookups. Positions asked for may go back: a remembered one
 * serves only a lookup between where its search started and what it found.
 */
export class QuoteStops {
  private readonly found = [0, 0, 0, 0];
  private readonly searchedFrom = [Infinity, Infinity, Infinity, Infinity];

  constructor(private readonly text: string) {}

  /** The first index at or after `i` holding a stop; the text's length when there is none. */
  next(i: number): number {
    let min = this.text.length;
    for (let c = 0; c < 4; c++) {
      if (!(this.searchedFrom[c] <= i && i <= this.found[c])) {
        const k = this.text.indexOf(QUOTE_STOPS[c], i);
        this.found[c] = k === -1 ? this.text.length : k;
        this.searchedFrom[c] = i;
      }
      if (this.found[c] < min) min = this.found[c];
    }
    return min;
  }
}
