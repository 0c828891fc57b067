/**
 * The bash layer, part one: words and operators, with quotes, expansions, comments, continuations and
 * here-documents. Knows nothing of Gentoo; problems are bash-level (an unterminated quote, an unclosed
 * here-document) and carry a character position.
 */
import { QuoteStops } from './bash-scan.js';

export type Tok =
  | { t: 'w'; raw: string; pos: number }
  | { t: 'op'; v: string; pos: number }
  | { t: 'arr'; name: string; append: boolean; elems: string[]; raw: string; pos: number };

export interface LexProblem {
  pos: number;
  message: string;
}

export interface LexResult {
  toks: Tok[];
  problems: LexProblem[];
}

/** 1 for the characters that end a word: blank, newline and the operator characters `; & | ( ) < >`. */
const META = new Uint8Array(128);
for (const c of ' \t\n;&|()<>') META[c.charCodeAt(0)] = 1;

/** Split ebuild text into tokens. Never throws on bad input: problems are collected. */
export function lex(text: string): LexResult {
  const l = new Lexer(text);
  l.run();
  return { toks: l.toks, problems: l.problems };
}

class Lexer {
  readonly toks: Tok[] = [];
  readonly problems: LexProblem[] = [];
  private readonly n: number;
  private i = 0;
  private readonly pendingHeredocs: { delim: string; strip: boolean; pos: number }[] = [];

  private readonly stops: QuoteStops;

  constructor(private readonly text: string) {
    this.n = text.length;
    this.stops = new QuoteStops(text);
  }

  // --- skipping quoted and nested regions; each returns the index just past the region ---

  /** start at the opening `'` */
  private skipSingle(start: number): number {
    const end = this.text.indexOf("'", start + 1);
    if (end === -1) {
      this.problems.push({ pos: start, message: 'unterminated single quote' });
      return this.n;
    }
    return end + 1;
  }

  /** start at `$'` */
  private skipAnsi(start: number): number {
    const { text, n } = this;
    let j = start + 2;
    while (j < n && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
    if (j >= n) {
      this.problems.push({ pos: start, message: "unterminated $'…' quote" });
      return n;
    }
    return j + 1;
  }

  private skipBacktick(start: number): number {
    const { text, n } = this;
    let j = start + 1;
    while (j < n && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    if (j >= n) {
      this.problems.push({ pos: start, message: 'unterminated backquote' });
      return n;
    }
    return j + 1;
  }

  /** start at the `"` */
  private skipDouble(start: number): number {
    const { text, n } = this;
    let j = start + 1;
    while (j < n) {
      // over the plain characters at once
      j = this.stops.next(j);
      if (j >= n) break;
      const c = text[j];
      if (c === '"') return j + 1;
      if (c === '\\') j += 2;
      else if (c === '$' && text[j + 1] === '(') j = this.skipParen(j + 2);
      else if (c === '$' && text[j + 1] === '{') j = this.skipBrace(j + 2, true);
      else if (c === '`') j = this.skipBacktick(j);
      else j++;
    }
    this.problems.push({ pos: start, message: 'unterminated double quote' });
    return n;
  }

  /** j just after `${` */
  private skipBrace(j: number, inDouble: boolean): number {
    const { text, n } = this;
    const start = j - 2;
    while (j < n) {
      const c = text[j];
      if (c === '}') return j + 1;
      if (c === '\\') j += 2;
      else if (c === '"') j = this.skipDouble(j);
      else if (c === "'" && !inDouble) j = this.skipSingle(j);
      else if (c === '$' && text[j + 1] === '{') j = this.skipBrace(j + 2, inDouble);
      else if (c === '$' && text[j + 1] === '(') j = this.skipParen(j + 2);
      else if (c === '`') j = this.skipBacktick(j);
      else j++;
    }
    this.problems.push({ pos: start, message: 'unterminated ${…} expansion' });
    return n;
  }

  /** j just after `(` of `$(`; balanced parentheses with quotes */
  private skipParen(j: number): number {
    const { text, n } = this;
    const start = j - 2;
    let depth = 1;
    while (j < n) {
      const c = text[j];
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return j + 1;
      } else if (c === '\\') {
        j += 2;
        continue;
      } else if (c === '"') {
        j = this.skipDouble(j);
        continue;
      } else if (c === "'") {
        j = this.skipSingle(j);
        continue;
      } else if (c === '`') {
        j = this.skipBacktick(j);
        continue;
      }
      j++;
    }
    this.problems.push({ pos: start, message: 'unterminated $(…) substitution' });
    return n;
  }

  private readWord(): string {
    const { text, n } = this;
    const start = this.i;
    let i = this.i;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 128 && META[code] === 1) break;
      // a character that is nothing special: the most common case, decided on its code alone
      if (code !== 92 && code !== 39 && code !== 34 && code !== 96 && code !== 36) {
        i++;
        continue;
      }
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === "'") i = this.skipSingle(i);
      else if (c === '"') i = this.skipDouble(i);
      else if (c === '`') i = this.skipBacktick(i);
      else if (c === '$' && text[i + 1] === '(') i = this.skipParen(i + 2);
      else if (c === '$' && text[i + 1] === '{') i = this.skipBrace(i + 2, false);
      else if (c === '$' && text[i + 1] === "'") i = this.skipAnsi(i);
      else i++;
    }
    if (i > n) i = n;
    this.i = i;
    return text.slice(start, i);
  }

  private skipBlankAndComments(alsoNewlines: boolean): void {
    const { text, n } = this;
    while (this.i < n) {
      const c = text[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '\\' && text[this.i + 1] === '\n') this.i += 2;
      else if (c === '#') {
        const e = text.indexOf('\n', this.i);
        this.i = e === -1 ? n : e;
      } else if (alsoNewlines && c === '\n') this.i++;
      else break;
    }
  }

  /** After a newline: consume the bodies of the here-documents opened on the line just ended. */
  private skipHeredocs(): void {
    const { text, n } = this;
    while (this.pendingHeredocs.length > 0) {
      const h = this.pendingHeredocs.shift()!;
      let found = false;
      while (this.i < n) {
        let e = text.indexOf('\n', this.i);
        if (e === -1) e = n;
        let lineText = text.slice(this.i, e);
        if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1);
        if (h.strip) lineText = lineText.replace(/^\t+/, '');
        this.i = e + 1;
        if (lineText === h.delim) {
          found = true;
          break;
        }
      }
      if (this.i > n) this.i = n;
      if (!found) this.problems.push({ pos: h.pos, message: `here-document is not closed by "${h.delim}"` });
    }
  }

  run(): void {
    const { text, n } = this;
    while (this.i < n) {
      this.skipBlankAndComments(false);
      if (this.i >= n) break;
      const c = text[this.i];
      const pos = this.i;
      if (c === '\n') {
        this.toks.push({ t: 'op', v: '\n', pos });
        this.i++;
        this.skipHeredocs();
      } else if (c === ';' || c === '(' || c === ')') {
        this.toks.push({ t: 'op', v: c, pos });
        this.i++;
      } else if (c === '&' || c === '|') this.controlOperator(c, pos);
      else if (c === '<' || c === '>') this.redirection(pos);
      else this.wordOrArray(pos);
    }
  }

  private controlOperator(c: string, pos: number): void {
    const { text } = this;
    if (text[this.i + 1] === c) {
      this.toks.push({ t: 'op', v: c + c, pos });
      this.i += 2;
    } else {
      this.toks.push({ t: 'op', v: c, pos });
      this.i++;
      if (text[this.i] === '&' || (c === '&' && text[this.i] === '>')) this.i++;
    }
  }

  private redirection(pos: number): void {
    const { text } = this;
    if (text.startsWith('<<<', this.i)) {
      this.i += 3;
    } else if (text.startsWith('<<', this.i)) {
      this.i += 2;
      const strip = text[this.i] === '-';
      if (strip) this.i++;
      this.skipBlankAndComments(false);
      const w = this.readWord();
      this.pendingHeredocs.push({ delim: w.replace(/['"\\]/g, ''), strip, pos });
    } else {
      this.i++;
      while (text[this.i] === '>' || text[this.i] === '&' || text[this.i] === '|') this.i++;
    }
    // the redirection target is read as an ordinary word and ignored by the command processor
    this.toks.push({ t: 'op', v: 'redir', pos });
  }

  private wordOrArray(pos: number): void {
    const { text, n } = this;
    const w = this.readWord();
    if (w === '') {
      this.i++;
      return;
    }
    const am = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=$/.exec(w);
    if (!am || text[this.i] !== '(') {
      this.toks.push({ t: 'w', raw: w, pos });
      return;
    }
    this.i++;
    const elems: string[] = [];
    let closed = false;
    for (;;) {
      this.skipBlankAndComments(true);
      if (this.i >= n) break;
      if (text[this.i] === ')') {
        this.i++;
        closed = true;
        break;
      }
      const e = this.readWord();
      if (e === '') {
        // a stray metacharacter inside an array: keep it as text so the value becomes unknown
        elems.push(text[this.i]);
        this.i++;
      } else elems.push(e);
    }
    if (!closed) this.problems.push({ pos, message: `array ${am[1]}=( … ) is not closed` });
    this.toks.push({ t: 'arr', name: am[1], append: am[2] === '+', elems, raw: text.slice(pos, this.i), pos });
  }
}
