/** The one typed reader of qemu-selfhost-verify's inputs (names exactly as in action.yml). */
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { InputError, type Inputs } from '../../shared/toolkit/inputs.js';
import type { BootRequest } from '../../shared/vm/verify.js';
import { isDirSync } from '../../shared/fs-read.js';
import { findProgram, isFileOrDevice } from '../../shared/vm/host.js';
import { criteriaFormat, disksFrom, exitCodesFrom, isYamlList, markerText, sendFrom } from '../../shared/vm/options.js';
import { MAX_MEMORY_MIB, memoryMiB, qemuPackage, splitArgs, type Disk } from '../../shared/vm/qemu-cmdline.js';
import type { MarkerMatch, SerialProtocol } from '../../shared/vm/serial.js';
import type { CompareIgnore, CompareMode } from '../../shared/artifacts/compare.js';

/** The boot as the user asked for it: shared/vm's request minus what the action decides per run. */
export type BootInputs = Omit<BootRequest, 'serialLogPath' | 'workDir' | 'serial' | 'onLine' | 'echo'> & {
  /** The user's log path; absent: `serial.log` in this step's own folder under RUNNER_TEMP. */
  logPath?: string;
};

export interface CompareInputs {
  stageA?: string;
  stageB?: string;
  allowPathPrefixes: string[];
  mode: CompareMode;
  ignore: CompareIgnore[];
}

export interface SelfhostInputs {
  boot: BootInputs;
  compare: CompareInputs;
  /** Something to boot was given (kernel, disks or firmware). */
  bootRequested: boolean;
  /** Both stage paths were given. */
  compareRequested: boolean;
  /** Nothing given at all: run the embedded demo (boot and comparison). */
  embedded: boolean;
}

function lines(inputs: Inputs, name: string): string[] {
  return inputs
    .raw(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** How the serial console is read: markers in any text, the OS's own criteria format, required texts. */
function readProtocol(inputs: Inputs): SerialProtocol {
  const mode: MarkerMatch = inputs.choice('marker-match', ['line', 'substring', 'regex'] as const);
  const text = (name: string) => markerText(name, inputs.string(name), mode);
  const prefix = inputs.string('criteria-prefix');
  if (!/^[A-Za-z0-9_.:-]{3,64}$/.test(prefix)) throw new InputError('criteria-prefix', 'a word of 3-64 letters, digits or _ . : -', prefix);
  const protocol: SerialProtocol = {
    beginMarker: 'SELFHOST_BEGIN',
    passMarker: text('pass-marker'),
    failMarker: text('fail-marker'),
    criteriaPrefix: prefix,
    failurePatterns: lines(inputs, 'failure-patterns'),
    markerMatch: mode,
    requiredPatterns: lines(inputs, 'required-patterns').map((p) => markerText('required-patterns', p, mode)),
  };
  const format = inputs.optional('criteria-format');
  if (format) protocol.criteriaFormat = criteriaFormat(format);
  const after = inputs.optional('pass-after');
  if (after) protocol.passAfter = markerText('pass-after', after, mode);
  if (protocol.passMarker === protocol.failMarker) throw new InputError('fail-marker', 'a marker different from pass-marker', protocol.failMarker);
  return protocol;
}

function inside(root: string, file: string): boolean {
  const rel = path.relative(path.resolve(root), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The log is written (and its folder created): only inside the workspace or RUNNER_TEMP, never a folder. */
function logPath(inputs: Inputs, where: { workspace: string; runnerTemp: string }): string | undefined {
  const file = inputs.path('log-path', { base: where.workspace });
  if (file === undefined) return undefined;
  if (!inside(where.workspace, file) && !inside(where.runnerTemp, file)) {
    throw new InputError('log-path', `a file inside the workspace (${where.workspace}) or RUNNER_TEMP (${where.runnerTemp})`, inputs.raw('log-path'));
  }
  // As written is not enough: a committed `logs -> /home/runner` or `serial.log -> ~/.bashrc` leads out.
  inputs.path('log-path', { base: where.workspace, within: [where.workspace, where.runnerTemp] });
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw new InputError('log-path', 'a file path, not a symbolic link', inputs.raw('log-path'));
  if (isDirSync(file)) throw new InputError('log-path', 'a file path, not a directory', inputs.raw('log-path'));
  return file;
}

function seconds(inputs: Inputs, name: string): number {
  return inputs.integer(name, { min: 1, max: 6 * 3600 }) * 1000;
}

/** Plain lines (paths, as before), or a YAML list whose items may be `{path, interface, …}`. */
function readDisks(inputs: Inputs, ws: string): Disk[] {
  const resolve = (p: string) => path.resolve(ws, p);
  if (isYamlList(inputs.raw('disks'))) return disksFrom(inputs.yaml('disks', 'a YAML list of disks'), resolve);
  return inputs.list('disks').map((d) => ({ path: resolve(d) }));
}

export function readInputs(inputs: Inputs, where: { workspace: string; runnerTemp: string }): SelfhostInputs {
  const ws = where.workspace;
  const p = (name: string) => inputs.path(name, { base: ws });
  const qemu = inputs.string('qemu').trim();
  if (!/^[A-Za-z0-9._/+-]+$/.test(qemu)) throw new InputError('qemu', 'a program name such as qemu-system-x86_64, or a path', qemu);
  const memory = inputs.string('memory').trim();
  const mib = memoryMiB(memory);
  if (mib === undefined || mib > MAX_MEMORY_MIB) throw new InputError('memory', 'a size such as 512M or 2G, at most 4T', memory);
  const kernel = p('kernel');
  const initrd = p('initrd');
  const append = inputs.optional('append');
  const disks = readDisks(inputs, ws);
  const firmwareList = inputs.list('firmware').map((f) => path.resolve(ws, f));
  if (firmwareList.length > 2) throw new InputError('firmware', 'one image, or an OVMF code image and its VARS template (two lines)', inputs.raw('firmware'));
  let extraArgs: string[];
  try {
    extraArgs = splitArgs(inputs.raw('extra-args'));
  } catch {
    throw new InputError('extra-args', 'arguments separated by spaces, with every quote closed', inputs.raw('extra-args'));
  }
  const boot: BootInputs = {
    qemu,
    memory,
    cpus: inputs.integer('cpus', { min: 1, max: 1024 }),
    accel: inputs.choice('accel', ['auto', 'kvm', 'tcg'] as const),
    // A plain path stays a plain path: the command line is exactly what it was before disks took objects.
    disks: disks.map((d) => (Object.keys(d).length === 1 ? d.path : d)),
    display: inputs.choice('display', ['none', 'std'] as const),
    network: inputs.choice('network', ['none', 'user'] as const),
    extraArgs,
    protocol: readProtocol(inputs),
    requiredCriteria: inputs.list('required-criteria'),
    exitDevice: inputs.boolean('exit-device'),
    send: sendFrom(inputs.yaml('send', 'a YAML list of {when, line}')),
    bootTimeoutMs: seconds(inputs, 'boot-timeout'),
    silenceTimeoutMs: seconds(inputs, 'silence-timeout'),
    totalTimeoutMs: seconds(inputs, 'timeout'),
  };
  const exitCodes = exitCodesFrom(inputs.yaml('exit-codes', 'a YAML mapping {pass: <code>, fail: <code>}'));
  if (exitCodes) boot.exitCodes = exitCodes;
  const log = logPath(inputs, where);
  if (log) boot.logPath = log;
  const machine = inputs.optional('machine')?.trim();
  if (machine) boot.machine = machine;
  if (kernel) boot.kernel = kernel;
  if (initrd) boot.initrd = initrd;
  if (append) boot.append = append;
  if (firmwareList.length) boot.firmware = firmwareList[1] ? { code: firmwareList[0]!, varsTemplate: firmwareList[1] } : { code: firmwareList[0]! };
  if ((initrd || append) && !kernel) throw new InputError(initrd ? 'initrd' : 'append', 'to be used together with kernel', initrd ?? append);

  const allowPathPrefixes = inputs.list('allow-path-prefixes');
  // Shorter prefixes would mask unrelated bytes (shared/artifacts refuses them too).
  const short = allowPathPrefixes.find((p) => p.length < 4);
  if (short !== undefined) throw new InputError('allow-path-prefixes', 'build directories of at least 4 characters, e.g. /home/runner/work/a', short);
  const compare: CompareInputs = {
    allowPathPrefixes,
    mode: inputs.choice('compare-mode', ['strict', 'normalized'] as const),
    ignore: inputs.subset('compare-ignore', ['debug'] as const),
  };
  const stageA = p('stage-a');
  const stageB = p('stage-b');
  if (Boolean(stageA) !== Boolean(stageB)) throw new InputError(stageA ? 'stage-b' : 'stage-a', 'a path as well (stage-a and stage-b go together)', '');
  if (stageA && !existsSync(stageA)) throw new InputError('stage-a', 'an existing file or directory', inputs.raw('stage-a'));
  if (stageB && !existsSync(stageB)) throw new InputError('stage-b', 'an existing file or directory', inputs.raw('stage-b'));
  if (stageA) compare.stageA = stageA;
  if (stageB) compare.stageB = stageB;

  // Missing files are the user's to fix, named by input, before QEMU starts.
  const mustExist = (name: string, file: string | undefined) => {
    // A directory would only fail inside QEMU; devices (a raw disk /dev/sdb) are fine.
    if (file && !isFileOrDevice(file)) throw new InputError(name, 'an existing file', file);
  };
  mustExist('kernel', kernel);
  mustExist('initrd', initrd);
  disks.forEach((d) => mustExist('disks', d.path));
  firmwareList.forEach((f) => mustExist('firmware', f));
  if (boot.exitDevice && !/x86_64|i386/.test(path.basename(qemu))) {
    throw new InputError('exit-device', `false for ${path.basename(qemu)} (isa-debug-exit exists on x86 only); use exit-codes with semihosting or a test device`, 'true');
  }

  const bootRequested = Boolean(kernel || disks.length || firmwareList.length);
  const compareRequested = Boolean(stageA && stageB);
  if (bootRequested || !compareRequested) {
    // Checked before anything runs: otherwise a missing QEMU shows up as a failed boot.
    const program = findProgram(qemu, ws);
    if (!program) {
      const file = path.resolve(ws, qemu);
      if (qemu.includes('/') && isFileOrDevice(file)) throw new InputError('qemu', `an executable file ('${file}' is not executable: chmod +x)`, qemu);
      throw new InputError('qemu', `a program on PATH or an existing file (Debian: apt-get install ${qemuPackage(qemu)})`, qemu);
    }
    boot.qemu = program;
  }
  return { boot, compare, bootRequested, compareRequested, embedded: !bootRequested && !compareRequested };
}
