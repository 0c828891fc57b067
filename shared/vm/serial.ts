/**
 * The serial-console protocol, read live. Bytes go in as they arrive; complete lines come out with CR and
 * terminal escape sequences stripped, and markers are recognised ONLY at the start of a line (the kernel
 * echoes its own command line, which may contain the marker text).
 *
 *   SELFHOST_BEGIN
 *   SELFHOST_CRITERION <id> PASS|FAIL [detail]
 *   RUST_SELFHOST_PASS | RUST_SELFHOST_FAIL
 */

export interface SerialProtocol {
  beginMarker: string;
  passMarker: string;
  failMarker: string;
  criteriaPrefix: string;
  /** Substrings that end the run as a failure wherever they appear in a line (e.g. `Kernel panic`). */
  failurePatterns: readonly string[];
}

export const DEFAULT_PROTOCOL: SerialProtocol = {
  beginMarker: 'SELFHOST_BEGIN',
  passMarker: 'RUST_SELFHOST_PASS',
  failMarker: 'RUST_SELFHOST_FAIL',
  criteriaPrefix: 'SELFHOST_CRITERION',
  failurePatterns: ['Kernel panic'],
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

/** `marker` at the start of `line`, followed by the end of the line or whitespace. */
export function startsWithMarker(line: string, marker: string): boolean {
  if (!marker || !line.startsWith(marker)) return false;
  const next = line.charAt(marker.length);
  return next === '' || next === ' ' || next === '\t';
}

/** A line longer than this is passed on in pieces, so a guest that never ends one cannot grow memory. */
export const MAX_LINE = 64 * 1024;

const CRITERION_RE = /^(\S+)\s+(PASS|FAIL)\b\s*(.*)$/;
const CRITERION_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}$/;

export interface SerialParser {
  /** Feed bytes as they arrive; `atMs` is the caller's time (runVm: ms since QEMU started). */
  push(chunk: Uint8Array | string, atMs: number): void;
  /** Flush a final unterminated line (QEMU exited mid-line). */
  end(atMs: number): void;
  readonly state: SerialState;
}

export function createSerialParser(
  protocol: SerialProtocol,
  onEvent: (event: SerialEvent) => void = () => {},
): SerialParser {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const state: SerialState = { lines: 0, begun: false, criteria: [], finished: false };
  let partial = '';
  // The partial line is the rest of a line cut at MAX_LINE: its next piece does not start a line.
  let partialContinues = false;
  // The last line ended with CR: further CRs and one LF right after it end the same line (`\r\n`,
  // and `\r\r\n` from a tty's ONLCR applied to a guest's own CR LF).
  let afterCr = false;

  const emitLine = (raw: string, atMs: number, continuation: boolean): void => {
    const text = cleanLine(raw);
    const line = ++state.lines;
    onEvent({ kind: 'line', text, line, atMs, continuation });
    if (state.finished) return;
    for (const pattern of protocol.failurePatterns) {
      if (pattern && text.includes(pattern)) {
        state.failurePattern = { pattern, text, line, atMs };
        state.finished = true;
        onEvent({ kind: 'failure-pattern', pattern, text, line, atMs });
        return;
      }
    }
    // A marker counts only at a real line start: never in the middle of a long line.
    if (continuation) return;
    if (startsWithMarker(text, protocol.beginMarker)) {
      state.begun = true;
      onEvent({ kind: 'begin', line, atMs });
    } else if (startsWithMarker(text, protocol.criteriaPrefix)) {
      const rest = text.slice(protocol.criteriaPrefix.length).trim();
      const m = CRITERION_RE.exec(rest);
      if (!m || !CRITERION_ID_RE.test(m[1]!)) {
        onEvent({ kind: 'malformed-criterion', text, line, atMs });
        return;
      }
      const criterion: CriterionResult = { id: m[1]!, result: m[2] as 'PASS' | 'FAIL', detail: m[3]!.trim(), atMs, line };
      const i = state.criteria.findIndex((c) => c.id === criterion.id);
      if (i < 0) state.criteria.push(criterion);
      else if (criterion.result === 'FAIL' || state.criteria[i]!.result === 'PASS') state.criteria[i] = criterion;
      onEvent({ kind: 'criterion', criterion });
    } else if (startsWithMarker(text, protocol.passMarker)) {
      state.passAtMs = atMs;
      state.finished = true;
      onEvent({ kind: 'pass', line, atMs });
    } else if (startsWithMarker(text, protocol.failMarker)) {
      state.failAtMs = atMs;
      state.finished = true;
      onEvent({ kind: 'fail', line, atMs });
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
      partialContinues = false;
      afterCr = ch === 13;
      start = i + 1;
    }
    partial += text.slice(start);
    if (partial.length > MAX_LINE) {
      emitLine(partial, atMs, partialContinues);
      partial = '';
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
      partialContinues = false;
    },
    state,
  };
}
