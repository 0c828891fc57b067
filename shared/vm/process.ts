/**
 * The process seam for VM runs: `runVm` takes a `SpawnVm`, so tests can pass a fake and the action passes
 * `spawnVmProcess` from host.ts (the only module here that touches node:child_process).
 */

export interface VmExit {
  /** Exit code; null when killed by a signal or never started. */
  code: number | null;
  signal: string | null;
  /** The program could not be started (e.g. ENOENT). */
  error?: string;
}

export interface VmProcess {
  readonly pid: number | undefined;
  /** Serial console bytes, in order, as they arrive. */
  onSerial(listener: (chunk: Uint8Array) => void): void;
  /** QEMU's own diagnostics (and its stdout when the serial console is on a socket). */
  onStderr(listener: (chunk: Uint8Array) => void): void;
  /** Resolves once the process is gone AND its output streams are drained. Never rejects. */
  readonly exited: Promise<VmExit>;
  /** Type into the serial console (QEMU's stdin, or the serial socket). */
  sendInput?(text: string): void;
  /**
   * Stop / restart reading the serial console (backpressure). On stdout, which is a file (host.ts), only the file
   * grows meanwhile; on the socket QEMU waits, and the kernel's console writes, which wait only so long, lose bytes.
   */
  pause?(): void;
  resume?(): void;
  /** Signal the whole process group this process leads (only ours: it was started detached). */
  killGroup(signal: 'SIGTERM' | 'SIGKILL'): void;
}

export interface SpawnVmOptions {
  cwd?: string;
  /** Read the serial console from this unix socket (QEMU listens with server=on,wait=on) instead of stdout. */
  serialSocket?: string;
  /** Give up connecting to the socket after this long (QEMU has not created it, or died). */
  connectTimeoutMs?: number;
}

export type SpawnVm = (file: string, args: readonly string[], options?: SpawnVmOptions) => VmProcess;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};
