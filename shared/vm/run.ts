/**
 * One VM run: start QEMU (through the `SpawnVm` seam), read the serial console live, stop as soon as the
 * verdict is known or a timeout expires, and always leave both logs behind and no QEMU running.
 */
import { constants, copyFileSync, createWriteStream, mkdirSync, openSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError, type Clock } from '../io.js';
import { listSome } from '../markdown.js';
import { decideAccel, type AccelRequest, type KvmProbe } from './accel.js';
import { EXIT_DEVICE_PASS_CODE, EXIT_DEVICE_FAIL_CODE, type Accel, type QemuCommand } from './qemu-cmdline.js';
import { realTimers, type SpawnVm, type Timers, type VmExit } from './process.js';
import { createSerialParser, type CriterionResult, type SerialProtocol, type SerialState } from './serial.js';

export type Verdict = 'pass' | 'fail' | 'timeout' | 'error';

export type StopReason =
  | 'exited'
  | 'pass-marker'
  | 'fail-marker'
  | 'failure-pattern'
  | 'boot-timeout'
  | 'silence-timeout'
  | 'total-timeout'
  | 'exit-grace';

export interface VmRunOptions {
  command: QemuCommand;
  protocol: SerialProtocol;
  /** Criterion ids that must be reported PASS. Any criterion reported FAIL fails the run regardless. */
  requiredCriteria?: readonly string[];
  /** The command includes `isa-debug-exit`: a pass also needs QEMU to exit with 33. */
  exitDevice?: boolean;
  /** QEMU exit codes that mean pass / fail (semihosting, a test device): a pass also needs a pass code.
   * Default with exitDevice: 33 / 35. */
  exitCodes?: ExitCodes;
  /** Lines to type into the serial console when a text appears (in order, each once). */
  send?: readonly SendItem[];
  /** No serial byte within this long after start. */
  bootTimeoutMs: number;
  /** No serial byte for this long (after the first). */
  silenceTimeoutMs: number;
  totalTimeoutMs: number;
  /** After SIGTERM, wait this long before SIGKILL. Default 3000. */
  killGraceMs?: number;
  /** With the exit device: after the pass/fail marker, wait this long for QEMU to exit by itself. Default 10000. */
  exitGraceMs?: number;
  /** Timestamped serial log, written whatever happens. */
  serialLogPath: string;
  /** QEMU's stderr, written whatever happens. */
  stderrLogPath: string;
  /** Read the serial console from this socket (the command must use the same path). */
  serialSocket?: string;
  cwd?: string;
  /** Each cleaned serial line as it arrives (ms since QEMU was started). */
  onLine?: (text: string, line: number, atMs: number) => void;
  /** The live view of the console (the job log); lines are skipped, with a note, while it lags. */
  echo?: EchoSink;
}

/**
 * Where the serial console is shown live. A reader that falls behind (a slow pipe to the runner) must not
 * make us buffer what the guest prints: lines are skipped while more than ECHO_BACKLOG_HIGH bytes wait,
 * until the backlog is under ECHO_BACKLOG_LOW, and a line then says how many were skipped. The serial log
 * file has every line.
 */
export interface EchoSink {
  write(text: string): void;
  /** Bytes written and not yet taken by the reader. */
  backlog(): number;
}
export const ECHO_BACKLOG_HIGH = 4 << 20;
export const ECHO_BACKLOG_LOW = 1 << 20;
/** The serial log file is written with backpressure: past this many unwritten bytes, reading QEMU pauses. */
export const LOG_BACKLOG_MAX = 8 << 20;

export interface VmRunDeps {
  spawn: SpawnVm;
  clock?: Clock;
  timers?: Timers;
}

export interface VmRunResult {
  verdict: Verdict;
  /** One sentence: why this verdict. */
  reason: string;
  stoppedBy: StopReason;
  criteria: CriterionResult[];
  /** Required criteria never reported. */
  missingCriteria: string[];
  /** `requiredPatterns` in order, with where each first appeared (no line: not seen). */
  requiredPatterns: { pattern: string; line?: number; atMs?: number }[];
  exit: VmExit;
  /** Start to first serial byte, ms (undefined: no output at all). */
  bootMs?: number;
  /** Start to the pass or fail marker, ms. */
  markerMs?: number;
  /** Start until the verdict was known (marker, failure, timeout or exit), ms. */
  verdictMs: number;
  /** Start until QEMU was gone, ms. */
  durationMs: number;
  /** The last serial lines (cleaned), for a failure report. */
  lastLines: string[];
  serialLogPath: string;
  stderrLogPath: string;
  /** The tail of QEMU's stderr. */
  stderrTail: string;
  notes: string[];
}

const LAST_LINES = 40;
const MAX_MALFORMED_NOTES = 20;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export interface ExitCodes {
  pass: readonly number[];
  fail: readonly number[];
}

/** Type `line` (then Enter) into the serial console once `when` appears in the output (a prompt). */
export interface SendItem {
  when: string;
  line: string;
  /** What Enter sends: `cr` (default, as a terminal does), `lf` or `crlf`. */
  enter?: 'cr' | 'lf' | 'crlf';
}

const EXIT_DEVICE_CODES: ExitCodes = { pass: [EXIT_DEVICE_PASS_CODE], fail: [EXIT_DEVICE_FAIL_CODE] };
/** At most this many lines are typed, each at most MAX_SEND_LINE characters (the input is bounded too). */
export const MAX_SEND_ITEMS = 32;
export const MAX_SEND_LINE = 4096;

const ENTER = { cr: '\r', lf: '\n', crlf: '\r\n' } as const;

export interface JudgeInput {
  state: SerialState;
  stoppedBy: StopReason;
  exit: VmExit;
  sawOutput: boolean;
  requiredCriteria: readonly string[];
  exitDevice: boolean;
  exitCodes?: ExitCodes;
  timeouts: { bootMs: number; silenceMs: number; totalMs: number; exitGraceMs: number };
  stderrTail: string;
}

/** The verdict from what was observed. QEMU's exit status 0 proves nothing: a panic with -no-reboot, a
 * SIGTERM and a guest poweroff all exit 0. */
export function judge(input: JudgeInput): { verdict: Verdict; reason: string; missingCriteria: string[] } {
  const { state, stoppedBy, exit } = input;
  const reported = new Set(state.criteria.map((c) => c.id));
  const missing = input.requiredCriteria.filter((id) => !reported.has(id));
  const out = (verdict: Verdict, reason: string) => ({ verdict, reason, missingCriteria: missing });
  if (exit.error) return out('error', `QEMU could not be started: ${exit.error}`);
  if (state.failurePattern) {
    const f = state.failurePattern;
    const text = f.text.length > 300 ? `${f.text.slice(0, 300)}…` : f.text;
    return out('fail', `failure pattern '${f.pattern}' at serial line ${f.line}: ${text}`);
  }
  if (stoppedBy === 'boot-timeout') return out('timeout', `no serial output within the boot timeout (${seconds(input.timeouts.bootMs)})`);
  const failed = state.criteria.filter((c) => c.result === 'FAIL');
  if (state.failAtMs !== undefined) {
    const which = failed.length ? ` (failed: ${listSome(failed, REASON_NAMES, (c) => c.id)})` : '';
    return out('fail', `the guest reported the fail marker${which}`);
  }
  if (state.passAtMs === undefined) {
    if (stoppedBy === 'silence-timeout') return out('timeout', `no serial output for ${seconds(input.timeouts.silenceMs)} (silence timeout) before the pass marker`);
    if (stoppedBy === 'total-timeout') return out('timeout', `no pass marker within the total timeout (${seconds(input.timeouts.totalMs)})`);
    const failCode = exit.code !== null && (input.exitCodes?.fail.includes(exit.code) ?? false);
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}${failCode ? ' (a fail exit code)' : ''}`;
    if (!input.sawOutput && exit.code !== 0) {
      const tail = input.stderrTail.trim().split('\n').slice(-3).join(' | ');
      return out('error', `QEMU ${how} before any serial output${tail ? `: ${tail}` : ''}`);
    }
    return out('fail', `QEMU ${how} without the pass marker`);
  }
  if (failed.length) return out('fail', `criteria failed: ${listSome(failed, REASON_NAMES, (c) => `${c.id}${c.detail ? ` (${c.detail})` : ''}`)}`);
  if (missing.length) return out('fail', `required criteria not reported: ${listSome(missing, REASON_NAMES)}`);
  const notSeen = state.required.filter((r) => r.line === undefined).map((r) => `'${r.pattern}'`);
  if (notSeen.length) return out('fail', `the pass marker came, but these required patterns had not appeared before it: ${listSome(notSeen, REASON_NAMES)}`);
  const codes = input.exitCodes ?? (input.exitDevice ? EXIT_DEVICE_CODES : undefined);
  if (codes) {
    // isa-debug-exit keeps its own wording; other devices (semihosting, a test device) are named generically.
    const via = input.exitDevice ? 'through isa-debug-exit' : 'with a pass exit code';
    if (stoppedBy === 'exit-grace') return out('fail', `the pass marker was seen but QEMU did not exit ${via} within ${seconds(input.timeouts.exitGraceMs)}`);
    if (stoppedBy === 'total-timeout') return out('timeout', `the pass marker was seen but QEMU did not exit ${via} before the total timeout`);
    if (exit.code === null || !codes.pass.includes(exit.code)) {
      const failValue = exit.code !== null && codes.fail.includes(exit.code);
      const got = exit.signal ? `signal ${exit.signal}` : failValue ? `${exit.code} (the guest wrote the fail value)` : String(exit.code);
      const expected = input.exitDevice ? `${codes.pass.join(' or ')} from isa-debug-exit` : `${codes.pass.join(' or ')} (exit-codes)`;
      return out('fail', `the pass marker was seen but QEMU exited with ${got}, expected ${expected}`);
    }
  }
  return out('pass', `pass marker at ${seconds(state.passAtMs)}${state.criteria.length ? `, ${state.criteria.length} criteria passed` : ''}${codes ? `, QEMU exited ${exit.code}` : ''}`);
}

/** The most criteria or patterns a verdict's reason names; the rest are counted (the report has them all). */
const REASON_NAMES = 10;

function openLog(path: string, problems: string[]): WriteStream {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new ConfigurationError(`Cannot create the folder of the log '${path}': ${e instanceof Error ? e.message : String(e)}`);
  }
  // O_NOFOLLOW: a symlink put at the log's path is not written through.
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`Cannot write the log '${path}': ${code === 'ELOOP' ? 'it is a symbolic link' : e instanceof Error ? e.message : String(e)}`);
  }
  const stream = createWriteStream(path, { fd });
  // A log that cannot be written must not crash the run (an unhandled 'error' event would).
  stream.on('error', (e) => problems.push(`could not write ${path}: ${e.message}`));
  return stream;
}

function closeLog(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.closed || stream.destroyed) resolve();
    else stream.end(() => resolve());
    stream.once('error', () => resolve());
  });
}

function stamp(ms: number): string {
  return `[${(ms / 1000).toFixed(3).padStart(9)}]`;
}

export async function runVm(options: VmRunOptions, deps: VmRunDeps): Promise<VmRunResult> {
  const clock = deps.clock ?? (() => performance.now());
  const timers = deps.timers ?? realTimers;
  const killGraceMs = options.killGraceMs ?? 3000;
  const exitCodes = options.exitCodes ?? (options.exitDevice ? EXIT_DEVICE_CODES : undefined);
  const exitGraceMs = options.exitGraceMs ?? 10_000;
  const notes: string[] = [];
  const serialLog = openLog(options.serialLogPath, notes);
  const stderrLog = openLog(options.stderrLogPath, notes);
  const lastLines: string[] = [];
  let stderrTail = '';
  let malformed = 0;
  // What one chunk of serial output produced, written at once: a write per line would cost far more memory
  // in queued writes than the bytes themselves when the reader lags.
  let logBatch = '';
  const echoBatch: string[] = [];
  let echoBatchBytes = 0;
  const skipped = { lines: 0, bytes: 0, total: 0 };
  const toEcho = (text: string): void => {
    echoBatch.push(text);
    echoBatchBytes += text.length + 1;
  };
  const echoGap = (): void => {
    if (!skipped.lines) return;
    toEcho(`[… ${skipped.lines} serial lines (${skipped.bytes} bytes) not shown here while the job log caught up; the serial log has every line]`);
    skipped.total += skipped.lines;
    skipped.lines = skipped.bytes = 0;
  };
  const echoLine = (text: string): void => {
    const echo = options.echo;
    if (!echo) return;
    const backlog = echo.backlog() + echoBatchBytes;
    if (backlog > (skipped.lines ? ECHO_BACKLOG_LOW : ECHO_BACKLOG_HIGH)) {
      skipped.lines++;
      skipped.bytes += text.length + 1;
      return;
    }
    echoGap();
    toEcho(text);
  };
  const flush = (): void => {
    if (logBatch) serialLog.write(logBatch);
    logBatch = '';
    if (echoBatch.length) options.echo!.write(echoBatch.join('\n'));
    echoBatch.length = 0;
    echoBatchBytes = 0;
  };

  const start = clock();
  const since = (): number => Math.max(0, clock() - start);
  let firstByteMs: number | undefined;
  let verdictMs: number | undefined;
  let stoppedBy: StopReason | undefined;
  const handles = new Set<unknown>();
  const later = (fn: () => void, ms: number): unknown => {
    const h = timers.setTimeout(() => {
      handles.delete(h);
      fn();
    }, ms);
    handles.add(h);
    return h;
  };
  const cancel = (h: unknown): void => {
    if (h === undefined) return;
    timers.clearTimeout(h);
    handles.delete(h);
  };

  const proc = deps.spawn(options.command.file, options.command.args, {
    cwd: options.cwd,
    serialSocket: options.serialSocket,
    connectTimeoutMs: options.bootTimeoutMs,
  });
  serialLog.write(`${stamp(0)} # ${options.command.file} ${options.command.args.join(' ')}\n`);

  let killTimer: unknown;
  const stop = (reason: StopReason): void => {
    if (stoppedBy) return;
    stoppedBy = reason;
    verdictMs ??= since();
    // Read to the end whatever the log's pace: a paused pipe would keep QEMU's exit from being seen.
    if (paused) proc.resume?.();
    proc.killGroup('SIGTERM');
    killTimer = later(() => proc.killGroup('SIGKILL'), killGraceMs);
  };

  let silenceTimer: unknown;
  let paused = false;
  const armSilence = (): void => {
    cancel(silenceTimer);
    silenceTimer = later(() => stop('silence-timeout'), options.silenceTimeoutMs);
  };
  const bootTimer = later(() => stop('boot-timeout'), options.bootTimeoutMs);
  later(() => stop('total-timeout'), options.totalTimeoutMs);

  const parser = createSerialParser(options.protocol, (event) => {
    if (event.kind === 'line') {
      logBatch += `${stamp(event.atMs)} ${event.text}\n`;
      lastLines.push(event.text);
      if (lastLines.length > LAST_LINES) lastLines.shift();
      options.onLine?.(event.text, event.line, event.atMs);
      echoLine(event.text);
    } else if (event.kind === 'malformed-criterion') {
      // Bounded: a guest may print thousands of them.
      if (++malformed <= MAX_MALFORMED_NOTES) notes.push(`serial line ${event.line}: malformed criterion line ignored: ${event.text.slice(0, 200)}`);
    } else if (event.kind === 'failure-pattern') {
      stop('failure-pattern');
    } else if (event.kind === 'pass' || event.kind === 'fail') {
      verdictMs ??= since();
      if (!exitCodes) {
        // The verdict is known: stop now rather than wait for the guest to power off.
        stop(event.kind === 'pass' ? 'pass-marker' : 'fail-marker');
      } else {
        // The exit code is part of the verdict: let the guest reach its exit (isa-debug-exit, semihosting).
        later(() => stop('exit-grace'), exitGraceMs);
      }
    } else if (event.kind === 'pass-ignored') {
      notes.push(`serial line ${event.line}: the pass marker came before the pass-after text and was not counted`);
    }
    if (event.kind === 'line' && !event.continuation) typeWhenSeen((when) => event.text.includes(when), event.line);
  });

  // `send`: in order, each once; the prompt usually has no newline yet, so the partial line is looked at too.
  const pending = [...(options.send ?? [])].slice(0, MAX_SEND_ITEMS);
  // The line that held the last prompt answered: the next item waits for a prompt on a later line.
  let answeredLine = 0;
  const typeWhenSeen = (seen: (when: string) => boolean, lineNo: number): void => {
    const next = pending[0];
    if (!next || stoppedBy || lineNo <= answeredLine || !seen(next.when)) return;
    pending.shift();
    answeredLine = lineNo;
    const line = next.line.slice(0, MAX_SEND_LINE);
    parser.expectEcho(line);
    proc.sendInput?.(line + ENTER[next.enter ?? 'cr']);
    notes.push(`typed '${line}' after '${next.when}' appeared`);
  };

  proc.onSerial((chunk) => {
    const at = since();
    if (firstByteMs === undefined) {
      firstByteMs = at;
      cancel(bootTimer);
    }
    // Any byte is activity (progress dots never end a line).
    if (!stoppedBy) armSilence();
    parser.push(chunk, at);
    if (pending.length) typeWhenSeen((when) => parser.partialIncludes(when), parser.state.lines + 1);
    flush();
    if (!paused && serialLog.writableLength > LOG_BACKLOG_MAX && proc.pause && proc.resume) {
      // The disk is behind the guest: stop reading (the pipe fills, QEMU waits) until the log drains.
      // Our own stall is not the guest's silence.
      paused = true;
      proc.pause();
      cancel(silenceTimer);
      serialLog.once('drain', () => {
        paused = false;
        if (!stoppedBy) armSilence();
        proc.resume!();
      });
    }
  });
  proc.onStderr((chunk) => {
    stderrLog.write(chunk);
    stderrTail = (stderrTail + Buffer.from(chunk).toString('utf8')).slice(-4096);
  });

  const exit = await proc.exited;
  parser.end(since());
  if (options.echo) echoGap();
  flush();
  if (options.echo) {
    if (skipped.total) notes.push(`${skipped.total} serial lines were not shown in the job log while it caught up (a slow reader); the serial log has every line`);
  }
  if (malformed > MAX_MALFORMED_NOTES) notes.push(`${malformed - MAX_MALFORMED_NOTES} more malformed criterion lines ignored (see the serial log)`);
  const durationMs = since();
  cancel(killTimer);
  for (const h of [...handles]) cancel(h);
  stoppedBy ??= 'exited';
  verdictMs ??= durationMs;

  const { verdict, reason, missingCriteria } = judge({
    state: parser.state,
    stoppedBy,
    exit,
    sawOutput: firstByteMs !== undefined,
    requiredCriteria: options.requiredCriteria ?? [],
    exitDevice: options.exitDevice ?? false,
    ...(exitCodes && { exitCodes }),
    timeouts: { bootMs: options.bootTimeoutMs, silenceMs: options.silenceTimeoutMs, totalMs: options.totalTimeoutMs, exitGraceMs },
    stderrTail,
  });
  const exitText = exit.error ? `error ${exit.error}` : exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
  serialLog.write(`${stamp(durationMs)} # QEMU ${exitText}; stopped by ${stoppedBy}; verdict ${verdict}: ${reason}\n`);
  await Promise.all([closeLog(serialLog), closeLog(stderrLog)]);

  const markerAt = parser.state.passAtMs ?? parser.state.failAtMs;
  const result: VmRunResult = {
    verdict,
    reason,
    stoppedBy,
    criteria: parser.state.criteria,
    missingCriteria,
    requiredPatterns: parser.state.required,
    exit,
    verdictMs,
    durationMs,
    lastLines,
    serialLogPath: options.serialLogPath,
    stderrLogPath: options.stderrLogPath,
    stderrTail,
    notes,
  };
  if (firstByteMs !== undefined) result.bootMs = firstByteMs;
  if (markerAt !== undefined) result.markerMs = markerAt;
  return result;
}

export interface VerifyBootOptions extends Omit<VmRunOptions, 'command'> {
  accel: AccelRequest;
  probe: KvmProbe;
  /** The command for a given accelerator (the fallback needs a second one). */
  commandFor: (accel: Accel) => QemuCommand;
}

export interface VerifyBootResult extends VmRunResult {
  accel: Accel;
  accelReason: string;
  /** A KVM boot printed nothing and the run was repeated under TCG. */
  fellBackToTcg: boolean;
}

/** Decide the accelerator, run, and when `auto` picked KVM and the guest printed nothing within the boot
 * timeout, run once more under TCG (and say so). */
export async function verifyBoot(options: VerifyBootOptions, deps: VmRunDeps): Promise<VerifyBootResult> {
  const decision = decideAccel(options.accel, options.probe);
  const first = await runVm({ ...options, command: options.commandFor(decision.accel) }, deps);
  if (!(decision.mayFallBackToTcg && first.stoppedBy === 'boot-timeout')) {
    return { ...first, accel: decision.accel, accelReason: decision.reason, fellBackToTcg: false };
  }
  const note = `KVM printed nothing within the boot timeout (${seconds(options.bootTimeoutMs)}); retried once under TCG`;
  const second = await runVm({ ...options, command: options.commandFor('tcg') }, deps);
  return { ...second, notes: [note, ...second.notes], accel: 'tcg', accelReason: `${decision.reason}; ${note}`, fellBackToTcg: true };
}

/** Copy the firmware VARS template to a per-run file (the guest writes to it; the template stays clean). */
export function prepareFirmwareVars(template: string, copyPath: string): string {
  mkdirSync(dirname(copyPath), { recursive: true });
  copyFileSync(template, copyPath);
  return copyPath;
}
