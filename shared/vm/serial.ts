/**
 * The serial-console protocol, read live. Bytes go in as they arrive; complete lines come out with CR and
 * terminal escape sequences stripped. The default protocol:
 *
 *   SELFHOST_BEGIN
 *   SELFHOST_CRITERION <id> PASS|FAIL [detail]
 *   RUST_SELFHOST_PASS | RUST_SELFHOST_FAIL
 *
 * and an existing OS's own output can be read as it is: any marker text, matched at a line start (after
 * blanks), anywhere in a line, or as a regex; criteria in the OS's own format; texts that must all appear
 * before the pass counts. Text inside the kernel's echo of its own command line never counts for anything.
 */

/** How markers, `requiredPatterns` and `passAfter` match a line. */
export type MarkerMatch = 'line' | 'substring' | 'regex';

export interface SerialProtocol {
  beginMarker: string;
  passMarker: string;
  failMarker: string;
  criteriaPrefix: string;
  /**
   * Text that ends the run as a failure anywhere in a line (e.g. `Kernel panic`); a pattern starting with `^`
   * only at the start of a line, after blanks (`^panic:` is BSD's panic, not "don't panic:").
   */
  failurePatterns: readonly string[];
  /** Default `line`. */
  markerMatch?: MarkerMatch;
  /**
   * A regex with named groups `id`, `result` (`ok`/`pass`/`passed` or `fail`/`failed`, any case) and optional
   * `detail`; replaces the `criteriaPrefix` form.
   */
  criteriaFormat?: string;
  /** Every one must have appeared before the pass marker, or the run fails. */
  requiredPatterns?: readonly string[];
  /** A pass marker before this text has appeared does not count (the guest prints it before its tests). */
  passAfter?: string;
  /** The kernel command line QEMU passes: a line holding it is the kernel's echo. */
  commandLine?: string;
}

/**
 * What ends a run as a failure unless the user says otherwise (action.yml's `failure-patterns` default is
 * the same list, one per line): Linux's panic, an OVMF/EDK2 CPU exception on x86 and on AArch64, a Rust
 * program's panic message, BSD's `panic:` and a `FATAL:` at the start of a line (VeridianOS's `FATAL:GP`;
 * not `modprobe: FATAL: Module … not found`, which a Linux initramfs prints harmlessly).
 */
export const DEFAULT_FAILURE_PATTERNS: readonly string[] = [
  'Kernel panic',
  '!!!! X64 Exception Type',
  'Synchronous Exception at',
  'panicked at',
  '^panic:',
  '^FATAL:',
];

export const DEFAULT_PROTOCOL: SerialProtocol = {
  beginMarker: 'SELFHOST_BEGIN',
  passMarker: 'RUST_SELFHOST_PASS',
  failMarker: 'RUST_SELFHOST_FAIL',
  criteriaPrefix: 'SELFHOST_CRITERION',
  failurePatterns: DEFAULT_FAILURE_PATTERNS,
};

export interface CriterionResult {
  id: string;
  result: 'PASS' | 'FAIL';
  detail: string;
  /** Milliseconds on the caller's clock (runVm: since QEMU started). */
  atMs: number;
  /** 1-based serial line number. */
  line: number;
}

export type SerialEvent =
  /** `continuation`: the text goes on a line that was cut at MAX_LINE (it does not start a line). */
  | { kind: 'line'; text: string; line: number; atMs: number; continuation: boolean }
  | { kind: 'begin'; line: number; atMs: number }
  | { kind: 'criterion'; criterion: CriterionResult }
  | { kind: 'malformed-criterion'; text: string; line: number; atMs: number }
  | { kind: 'pass'; line: number; atMs: number }
  /** The pass marker came before `passAfter`: it does not count. */
  | { kind: 'pass-ignored'; line: number; atMs: number }
  | { kind: 'fail'; line: number; atMs: number }
  | { kind: 'failure-pattern'; pattern: string; text: string; line: number; atMs: number };

export interface SerialState {
  lines: number;
  begun: boolean;
  /** Reported criteria in first-report order; a later FAIL for the same id replaces a PASS, never the reverse. */
  criteria: CriterionResult[];
  passAtMs?: number;
  failAtMs?: number;
  failurePattern?: { pattern: string; text: string; line: number; atMs: number };
  /** `requiredPatterns` in order, with the line where each first appeared (absent: not yet). */
  required: { pattern: string; line?: number; atMs?: number }[];
  /** Where `passAfter` first appeared. */
  passAfterLine?: number;
  /** Lines not judged: the kernel's command-line echo, and our own typed input echoed back. */
  echoLines: number;
  /** The terminal event (pass or fail marker, failure pattern) was seen: the run can stop. */
  finished: boolean;
}

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), DCS/SOS/PM/APC strings, charset selection
// (ESC ( B), and the remaining two-byte escapes; then C1 CSI (0x9b) and stray C0 controls except TAB.
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[()*+\-./][ -~]|\x1b[ -/]*[0-~]|\x9b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** One line of terminal output as a person would read it: escapes and control characters removed. */
export function cleanLine(raw: string): string {
  return raw.replace(ESCAPES, '').replace(CONTROLS, '');
}

const ESCAPE_AT = new RegExp(ESCAPES.source, 'y');
const CSI_BODY = /\x1b\[[0-?]*[ -/]*/y;
const C1_CSI_BODY = /\x9b[0-?]*[ -/]*/y;
const INTERMEDIATES = /\x1b[ -/]*/y;

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : at;
}

/**
 * Whether ESCAPES' attempt at the escape introducer `raw[q]` (ESC or C1 CSI) has the same outcome and length
 * however `raw` goes on. Each alternative reads no further than the next ESC and one character after it (its
 * classes leave ESC out; an OSC or DCS string stops at it and looks at the next one for `\`), a CSI no further
 * than the first character outside its parameter and intermediate bytes. False where unsure: that costs time,
 * never a different text.
 */
function escapeDecided(raw: string, q: number): boolean {
  const len = raw.length;
  if (raw.charCodeAt(q) === 0x9b) return stickyEnd(C1_CSI_BODY, raw, q) < len;
  const esc = raw.indexOf('\x1b', q + 1);
  if (esc >= 0 && esc + 1 < len) return true;
  if (q + 1 >= len) return false;
  const d = raw[q + 1];
  if (d === '[') return stickyEnd(CSI_BODY, raw, q) < len;
  if (d === ']') {
    const bel = raw.indexOf('\x07', q + 2);
    return bel >= 0 && (esc < 0 || bel < esc);
  }
  if (d === 'P' || d === 'X' || d === '^' || d === '_') return false;
  return q + 2 < len && stickyEnd(INTERMEDIATES, raw, q) < len;
}

const INTRODUCER = /[\x1b\x9b]/g;

/**
 * Whether a line that grows at its end holds a text once cleaned ({@link cleanLine}), in time proportional to
 * what it grew by: the part whose cleaning no later byte can change is cleaned once and dropped, and only the
 * text after it and the last `needle.length - 1` characters before it are searched again. (Cleaning the whole
 * partial line for each chunk of a guest printing a 64 KiB line byte by byte took 6.6 s.) `append` what the line
 * grew by, `reset()` when a new line starts; `includes` is given the whole line for a needle it has not seen.
 */
export function growingLineSearch(): { append(text: string): void; includes(line: string, needle: string): boolean; reset(): void } {
  let tail = ''; // the end of the line whose cleaning is not final yet
  let carry = ''; // the last characters of the cleaned text before it, for a needle that spans the boundary
  let inFinal = false; // the needle is in the cleaned text before the tail
  let lastNeedle: string | undefined;
  const reset = () => {
    tail = '';
    carry = '';
    inFinal = false;
  };
  return {
    reset,
    append(text) {
      tail += text;
    },
    includes(line, needle) {
      if (needle !== lastNeedle) {
        reset();
        tail = line;
        lastNeedle = needle;
      }
      const raw = tail;
      let fresh = '';
      let s = 0;
      while (s < raw.length) {
        INTRODUCER.lastIndex = s;
        const q = INTRODUCER.exec(raw)?.index ?? raw.length;
        if (q > s) fresh += raw.slice(s, q).replace(CONTROLS, '');
        s = q;
        if (q === raw.length || !escapeDecided(raw, q)) break;
        ESCAPE_AT.lastIndex = q;
        if (ESCAPE_AT.exec(raw)) s = ESCAPE_AT.lastIndex;
        else {
          fresh += raw[q]!.replace(CONTROLS, '');
          s = q + 1;
        }
      }
      tail = raw.slice(s);
      const kept = carry + fresh;
      // once in the final part, it stays in the line
      if (!inFinal && kept.includes(needle)) inFinal = true;
      const found = inFinal || (kept + cleanLine(tail)).includes(needle);
      carry = kept.slice(Math.max(0, kept.length - (needle.length - 1)));
      return found;
    },
  };
}

/**
 * `marker` at the start of `line` after blanks, and not running on into a longer word
 * (`RUST_SELFHOST_PASSWORD` is not `RUST_SELFHOST_PASS`).
 */
export function startsWithMarker(line: string, marker: string): boolean {
  if (!marker) return false;
  const text = line.trimStart();
  if (!text.startsWith(marker)) return false;
  return !(/\w$/.test(marker) && /^\w/.test(text.slice(marker.length)));
}

/** A predicate for one marker text under a match mode (a regex is compiled once). */
export function markerMatcher(marker: string, mode: MarkerMatch = 'line'): (line: string) => boolean {
  if (!marker) return () => false;
  if (mode === 'substring') return (line) => line.includes(marker);
  if (mode === 'regex') {
    const re = new RegExp(marker);
    return (line) => re.test(line);
  }
  return (line) => startsWithMarker(line, marker);
}

/** A failure pattern: `^text` at a line start (after blanks), anything else anywhere in the line. */
function failureMatcher(pattern: string): (line: string) => boolean {
  if (pattern.startsWith('^') && pattern.length > 1) {
    const text = pattern.slice(1);
    return (line) => line.trimStart().startsWith(text);
  }
  return (line) => line.includes(pattern);
}

/** An optional printk timestamp, `[    1.234567] `. */
const STAMP = /^\s*(?:\[\s*\d+\.\d+\]\s?)?/;
const ECHO_LINE = /^(?:Kernel command line|Command line|Unknown kernel command line parameters)\b/;
const INIT_ARGS = /\bwith (?:arguments|environment):\s*$/;

/**
 * Whether a line is the kernel echoing its command line: Linux's `Command line:` / `Kernel command line:`,
 * its list of parameters passed on to init, or any line holding the whole command line QEMU was given.
 */
export function isCommandLineEcho(text: string, commandLine?: string): boolean {
  if (ECHO_LINE.test(text.replace(STAMP, ''))) return true;
  const cmd = commandLine?.trim();
  return cmd !== undefined && cmd.length >= 8 && text.includes(cmd);
}

const CRITERION_RE = /^(\S+)\s+(PASS|FAIL)\b\s*(.*)$/;
const CRITERION_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}$/;
const PASS_WORDS = new Set(['ok', 'pass', 'passed']);
const FAIL_WORDS = new Set(['fail', 'failed']);

/** A criterion line in the user's format (named groups id, result, detail), or 'malformed'. */
function formatCriterion(re: RegExp, text: string): { id: string; result: 'PASS' | 'FAIL'; detail: string } | 'malformed' | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const id = (m.groups?.id ?? '').trim();
  const word = (m.groups?.result ?? '').trim().toLowerCase();
  const result = PASS_WORDS.has(word) ? 'PASS' : FAIL_WORDS.has(word) ? 'FAIL' : undefined;
  if (!id || id.length > 128 || !result) return 'malformed';
  return { id, result, detail: (m.groups?.detail ?? '').trim() };
}

/** A line longer than this is passed on in pieces, so a guest that never ends one cannot grow memory. */
export const MAX_LINE = 64 * 1024;

export interface SerialParser {
  /** Feed bytes as they arrive; `atMs` is the caller's time (runVm: ms since QEMU started). */
  push(chunk: Uint8Array | string, atMs: number): void;
  /** Flush a final unterminated line (QEMU exited mid-line). */
  end(atMs: number): void;
  /** The line being printed, cleaned (a shell prompt has no newline yet). */
  partial(): string;
  /** Whether the line being printed, cleaned, holds `text`; cheap to ask after every chunk (a prompt). */
  partialIncludes(text: string): boolean;
  /** We typed `text`: the next line ending with it is the guest echoing it back, not guest output. */
  expectEcho(text: string): void;
  readonly state: SerialState;
}

export function createSerialParser(
  protocol: SerialProtocol,
  onEvent: (event: SerialEvent) => void = () => {},
): SerialParser {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const state: SerialState = {
    lines: 0,
    begun: false,
    criteria: [],
    required: (protocol.requiredPatterns ?? []).map((pattern) => ({ pattern })),
    echoLines: 0,
    finished: false,
  };
  const mode = protocol.markerMatch ?? 'line';
  const isPass = markerMatcher(protocol.passMarker, mode);
  const isFail = markerMatcher(protocol.failMarker, mode);
  const isPassAfter = protocol.passAfter ? markerMatcher(protocol.passAfter, mode) : undefined;
  const required = (protocol.requiredPatterns ?? []).map((p) => markerMatcher(p, mode));
  const failures = protocol.failurePatterns.filter(Boolean).map((p) => ({ pattern: p, test: failureMatcher(p) }));
  const format = protocol.criteriaFormat ? new RegExp(protocol.criteriaFormat) : undefined;
  const typed: string[] = [];
  // Where each reported id is in state.criteria (a search of the list per criterion line made thousands of
  // criteria quadratic: 8,000 took 5 s).
  const criterionAt = new Map<string, number>();
  // Linux lists the parameters it hands to init, one per indented line, after "with arguments:".
  let inInitArgs = false;
  let partial = '';
  // The partial line is the rest of a line cut at MAX_LINE: its next piece does not start a line.
  let partialContinues = false;
  const partialSearch = growingLineSearch();
  // The last line ended with CR: further CRs and one LF right after it end the same line (`\r\n`,
  // and `\r\r\n` from a tty's ONLCR applied to a guest's own CR LF).
  let afterCr = false;

  const isEcho = (text: string): boolean => {
    const body = text.replace(STAMP, '');
    if (inInitArgs && /^\s/.test(body)) return true;
    inInitArgs = INIT_ARGS.test(text);
    if (inInitArgs || isCommandLineEcho(text, protocol.commandLine)) return true;
    const i = typed.findIndex((t) => text.trimEnd().endsWith(t));
    if (i >= 0) {
      typed.splice(i, 1);
      return true;
    }
    return false;
  };

  const criterion = (text: string, line: number, atMs: number): boolean => {
    let found: ReturnType<typeof formatCriterion>;
    if (format) {
      found = formatCriterion(format, text);
    } else if (startsWithMarker(text, protocol.criteriaPrefix)) {
      const m = CRITERION_RE.exec(text.trimStart().slice(protocol.criteriaPrefix.length).trim());
      found = m && CRITERION_ID_RE.test(m[1]!) ? { id: m[1]!, result: m[2] as 'PASS' | 'FAIL', detail: m[3]!.trim() } : 'malformed';
    }
    if (found === undefined) return false;
    if (found === 'malformed') {
      onEvent({ kind: 'malformed-criterion', text, line, atMs });
      return true;
    }
    const c: CriterionResult = { ...found, atMs, line };
    const i = criterionAt.get(c.id);
    if (i === undefined) criterionAt.set(c.id, state.criteria.push(c) - 1);
    else if (c.result === 'FAIL' || state.criteria[i]!.result === 'PASS') state.criteria[i] = c;
    onEvent({ kind: 'criterion', criterion: c });
    return true;
  };

  const emitLine = (raw: string, atMs: number, continuation: boolean): void => {
    const text = cleanLine(raw);
    const line = ++state.lines;
    onEvent({ kind: 'line', text, line, atMs, continuation });
    if (state.finished) return;
    if (!continuation && isEcho(text)) {
      state.echoLines++;
      return;
    }
    for (const f of failures) {
      if (f.test(text)) {
        state.failurePattern = { pattern: f.pattern, text, line, atMs };
        state.finished = true;
        onEvent({ kind: 'failure-pattern', pattern: f.pattern, text, line, atMs });
        return;
      }
    }
    // In `line` mode a marker counts only at a real line start: never in the middle of a long line.
    if (continuation && mode === 'line') return;
    if (!continuation) {
      if (startsWithMarker(text, protocol.beginMarker)) {
        state.begun = true;
        onEvent({ kind: 'begin', line, atMs });
        return;
      }
      if (criterion(text, line, atMs)) return;
    }
    required.forEach((test, i) => {
      const r = state.required[i]!;
      if (r.line === undefined && test(text)) Object.assign(r, { line, atMs });
    });
    if (isPassAfter && state.passAfterLine === undefined && isPassAfter(text)) state.passAfterLine = line;
    if (isFail(text)) {
      state.failAtMs = atMs;
      state.finished = true;
      onEvent({ kind: 'fail', line, atMs });
    } else if (isPass(text)) {
      if (isPassAfter && state.passAfterLine === undefined) {
        onEvent({ kind: 'pass-ignored', line, atMs });
        return;
      }
      state.passAtMs = atMs;
      state.finished = true;
      onEvent({ kind: 'pass', line, atMs });
    }
  };

  const feed = (text: string, atMs: number): void => {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) {
        afterCr = false;
        continue;
      }
      if (afterCr && start === i && partial === '') {
        // CR LF, CR CR LF: the line already ended at the first CR.
        start = i + 1;
        if (ch === 10) afterCr = false;
        continue;
      }
      emitLine(partial + text.slice(start, i), atMs, partialContinues);
      partial = '';
      partialSearch.reset();
      partialContinues = false;
      afterCr = ch === 13;
      start = i + 1;
    }
    const rest = text.slice(start);
    partial += rest;
    partialSearch.append(rest);
    if (partial.length > MAX_LINE) {
      emitLine(partial, atMs, partialContinues);
      partial = '';
      partialSearch.reset();
      partialContinues = true;
    }
  };

  return {
    push(chunk, atMs) {
      feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), atMs);
    },
    end(atMs) {
      const rest = decoder.decode();
      if (rest) feed(rest, atMs);
      if (partial) emitLine(partial, atMs, partialContinues);
      partial = '';
      partialSearch.reset();
      partialContinues = false;
    },
    partial: () => cleanLine(partial),
    partialIncludes: (text) => partialSearch.includes(partial, text),
    expectEcho(text) {
      if (text.trim()) typed.push(text.trim());
    },
    state,
  };
}
