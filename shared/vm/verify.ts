/**
 * A whole boot check from one plain request: prepare the per-run files (VARS copy, socket path), build the
 * command for the chosen accelerator, run with the TCG fallback, return the verdict with everything observed.
 */
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Clock } from '../io.js';
import type { AccelRequest, KvmProbe } from './accel.js';
import type { SpawnVm, Timers } from './process.js';
import { buildQemuCommand, type Accel, type Disk, type QemuConfig } from './qemu-cmdline.js';
import { prepareFirmwareVars, verifyBoot, type EchoSink, type ExitCodes, type SendItem, type VerifyBootResult } from './run.js';
import type { SerialProtocol } from './serial.js';

export interface BootRequest {
  qemu: string;
  machine?: string;
  memory: string;
  cpus: number;
  accel: AccelRequest;
  kernel?: string;
  initrd?: string;
  append?: string;
  /** A plain path is a virtio disk. */
  disks: readonly (string | Disk)[];
  /** One image (`-bios`) or code + VARS template (pflash; the template is copied per run). */
  firmware?: { code: string; varsTemplate?: string };
  display?: 'none' | 'std';
  network?: 'none' | 'user';
  extraArgs: readonly string[];
  exitDevice: boolean;
  /** QEMU exit codes meaning pass / fail (default with exitDevice: 33 / 35). */
  exitCodes?: ExitCodes;
  /** Lines typed into the serial console when a text appears. */
  send?: readonly SendItem[];
  protocol: SerialProtocol;
  requiredCriteria: readonly string[];
  bootTimeoutMs: number;
  silenceTimeoutMs: number;
  totalTimeoutMs: number;
  /** Timestamped serial log; QEMU's stderr goes to `<serialLogPath>.stderr`. */
  serialLogPath: string;
  /** Folder for per-run files (VARS copy, serial socket). */
  workDir: string;
  /** `stdio` (default) or a unix socket with server=on,wait=on. */
  serial?: 'stdio' | 'socket';
  onLine?: (text: string, line: number, atMs: number) => void;
  /** The live view of the console (the job log), skipped with a note while it lags. */
  echo?: EchoSink;
}

export interface BootDeps {
  spawn: SpawnVm;
  probe: KvmProbe;
  clock?: Clock;
  timers?: Timers;
}

export interface BootReport extends VerifyBootResult {
  /** The argv of the (last) QEMU run, for the log. */
  command: string[];
}

/**
 * A folder of this step's own under `base`, created now: named after the step (`GITHUB_ACTION`, unique per
 * step in a job), with `-2`, `-3`… when that name is taken (the same step run twice), so no run overwrites
 * another's files.
 */
export function claimStepFolder(base: string, stepId: string | undefined): string {
  mkdirSync(base, { recursive: true });
  const name = (stepId ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 80) || `run-${process.pid}`;
  for (let i = 1; ; i++) {
    const dir = join(base, i === 1 ? name : `${name}-${i}`);
    try {
      mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

export async function bootAndVerify(req: BootRequest, deps: BootDeps): Promise<BootReport> {
  mkdirSync(req.workDir, { recursive: true });
  mkdirSync(dirname(req.serialLogPath), { recursive: true });
  // A unique name in argv: this run's QEMU is identifiable in the process table.
  const name = `rda-selfhost-${process.pid}-${randomBytes(4).toString('hex')}`;
  const socket = req.serial === 'socket' ? join(req.workDir, `${name}.sock`) : undefined;
  let firmware: QemuConfig['firmware'];
  if (req.firmware) {
    firmware = req.firmware.varsTemplate
      ? { code: req.firmware.code, vars: prepareFirmwareVars(req.firmware.varsTemplate, join(req.workDir, `${name}-VARS.fd`)) }
      : { code: req.firmware.code };
  }
  let last: string[] = [];
  const commandFor = (accel: Accel) => {
    const config: QemuConfig = {
      qemu: req.qemu,
      memory: req.memory,
      cpus: req.cpus,
      accel,
      disks: req.disks,
      serial: socket ? { kind: 'socket', path: socket } : { kind: 'stdio' },
      exitDevice: req.exitDevice,
      name,
      extraArgs: req.extraArgs,
      ...(req.machine && { machine: req.machine }),
      ...(req.display && { display: req.display }),
      ...(req.network && { network: req.network }),
      ...(req.kernel && { kernel: req.kernel }),
      ...(req.initrd && { initrd: req.initrd }),
      ...(req.append && { append: req.append }),
      ...(firmware && { firmware }),
    };
    const cmd = buildQemuCommand(config);
    last = [cmd.file, ...cmd.args];
    return cmd;
  };
  // Validate the configuration before anything starts (a ConfigurationError, not a failed boot).
  commandFor('tcg');
  const result = await verifyBoot(
    {
      accel: req.accel,
      probe: deps.probe,
      commandFor,
      // The kernel echoes the command line it was given: nothing in that echo may count.
      protocol: req.append ? { ...req.protocol, commandLine: req.append } : req.protocol,
      requiredCriteria: req.requiredCriteria,
      exitDevice: req.exitDevice,
      ...(req.exitCodes && { exitCodes: req.exitCodes }),
      ...(req.send?.length && { send: req.send }),
      bootTimeoutMs: req.bootTimeoutMs,
      silenceTimeoutMs: req.silenceTimeoutMs,
      totalTimeoutMs: req.totalTimeoutMs,
      serialLogPath: req.serialLogPath,
      stderrLogPath: `${req.serialLogPath}.stderr`,
      ...(socket && { serialSocket: socket }),
      ...(req.onLine && { onLine: req.onLine }),
      ...(req.echo && { echo: req.echo }),
    },
    { spawn: deps.spawn, ...(deps.clock && { clock: deps.clock }), ...(deps.timers && { timers: deps.timers }) },
  );
  return { ...result, command: last };
}
