/**
 * The real outside world for shared/vm: starting QEMU in its own process group, connecting to its serial
 * socket, and reading the KVM facts. Everything else in shared/vm takes these as parameters.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, openSync, closeSync, mkdtempSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { connect, type Socket } from 'node:net';
import { scrubbedEnv } from '../child-env.js';
import type { KvmProbe } from './accel.js';
import type { SpawnVm, VmExit, VmProcess } from './process.js';

/** Process groups we started and have not seen exit: killed if this Node process goes away first. */
const liveGroups = new Set<number>();
let hooksInstalled = false;

function killAllLive(): void {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  liveGroups.clear();
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // A detached child survives its parent: on our exit (normal, or the runner cancelling the step with
  // SIGINT/SIGTERM) take our QEMUs with us, then let the signal do what it would have done.
  process.on('exit', killAllLive);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = (): void => {
      killAllLive();
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, handler);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, handler);
  }
}

export const spawnVmProcess: SpawnVm = (file, args, options = {}) => {
  installHooks();
  // QEMU gets no action input, token or runner command file (child-env.ts): none of them is its business.
  const env = { ...process.env, ...scrubbedEnv(process.env) };
  const serialListeners: ((c: Uint8Array) => void)[] = [];
  const stderrListeners: ((c: Uint8Array) => void)[] = [];
  const toSerial = (c: Uint8Array): void => serialListeners.forEach((l) => l(c));
  // The serial console on stdout goes to a file that we read as it grows (below), not through a pipe.
  const tail = options.serialSocket ? undefined : openSerialTail(toSerial);
  let child: ReturnType<typeof spawn>;
  try {
    child = spawn(file, [...args], {
      cwd: options.cwd,
      env,
      // Its own process group, so a kill reaches QEMU and anything it started, and nothing of ours.
      detached: true,
      // stdin stays an open pipe we never write: QEMU's stdio chardev must not see EOF and stop reading.
      stdio: ['pipe', tail ? tail.writeFd : 'pipe', 'pipe'],
    });
  } catch (e) {
    tail?.finish();
    throw e;
  } finally {
    // QEMU has its own copy of the file's write end now (or never will)
    tail?.closeWriter();
  }
  const pid = child.pid;
  if (pid !== undefined) liveGroups.add(pid);
  let gone = false;
  let socket: Socket | undefined;

  const toStderr = (c: Uint8Array): void => stderrListeners.forEach((l) => l(c));
  // A spawn that fails before its pipes exist (EMFILE) has none: it reports only through 'error', below.
  child.stderr?.on('data', toStderr);
  if (options.serialSocket) {
    child.stdout?.on('data', toStderr);
  } else if (!tail) {
    child.stdout?.on('data', toSerial);
  }
  child.stdin?.on('error', () => {});

  const socketDone = options.serialSocket
    ? connectWithRetry(options.serialSocket, options.connectTimeoutMs ?? 10_000, () => gone).then((s) => {
        if (!s) return;
        socket = s;
        return new Promise<void>((resolve) => {
          s.on('data', (c: Uint8Array) => serialListeners.forEach((l) => l(c)));
          s.on('error', () => resolve());
          s.on('close', () => resolve());
        });
      })
    : Promise.resolve();

  const exited = new Promise<VmExit>((resolve) => {
    child.on('error', (err) => {
      gone = true;
      if (pid !== undefined) liveGroups.delete(pid);
      tail?.finish();
      resolve({ code: null, signal: null, error: err.message });
    });
    // 'close' fires after the stdio streams are drained, and the serial file is read to its end: no serial byte
    // is lost at exit.
    child.on('close', (code, signal) => {
      gone = true;
      if (pid !== undefined) liveGroups.delete(pid);
      tail?.finish();
      socket?.destroy();
      void socketDone.then(() => resolve({ code, signal }));
    });
  });

  const serialStream = (): NodeJS.ReadableStream | undefined => (options.serialSocket ? socket : (child.stdout ?? undefined));
  const proc: VmProcess = {
    pid,
    onSerial: (l) => void serialListeners.push(l),
    onStderr: (l) => void stderrListeners.push(l),
    sendInput: (text) => {
      if (gone) return;
      if (options.serialSocket) socket?.write(text);
      else child.stdin?.write(text);
    },
    pause: () => (tail ? tail.pause() : void serialStream()?.pause()),
    resume: () => (tail ? tail.resume() : void serialStream()?.resume()),
    exited,
    killGroup(signal) {
      if (pid === undefined || gone) return;
      try {
        process.kill(-pid, signal);
      } catch {
        // The group is already gone.
      }
    },
  };
  return proc;
};

/** How often the serial file is read for what QEMU has appended. */
const SERIAL_POLL_MS = 10;

/**
 * QEMU's stdout as a regular file, read as it grows. Through a pipe (a socketpair: libuv's) QEMU's UART hands
 * over one byte per write and the pipe holds a few hundred of them: when this process is slow to read (a busy
 * event loop, a loaded runner), QEMU holds the UART busy, and the kernel's console writes, which wait only so long
 * for it, lose bytes (a 300 ms stall lost part of the kernel's first lines in 3 of 6 boots). Writes to a file
 * never wait, so nothing is lost however late it is read; pausing the reader (the log's backpressure) only lets
 * the file grow. Undefined when no file can be made (then stdout is a pipe, as before).
 */
function openSerialTail(emit: (c: Uint8Array) => void): { writeFd: number; closeWriter(): void; pause(): void; resume(): void; finish(): void } | undefined {
  let dir: string;
  let writeFd: number;
  let readFd: number;
  try {
    dir = mkdtempSync(join(tmpdir(), 'rda-serial-'));
    const path = join(dir, 'stdout');
    writeFd = openSync(path, 'wx', 0o600);
    readFd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const buf = Buffer.alloc(1 << 16);
  let pos = 0;
  let paused = false;
  let done = false;
  let writerOpen = true;
  const drain = (): void => {
    for (;;) {
      let n: number;
      try {
        n = readSync(readFd, buf, 0, buf.length, pos);
      } catch {
        return;
      }
      if (n <= 0) return;
      pos += n;
      emit(Buffer.from(buf.subarray(0, n)));
      if (paused) return;
    }
  };
  const timer = setInterval(() => !paused && drain(), SERIAL_POLL_MS);
  // the poll alone must not keep this process alive (QEMU's own handles do while it runs)
  timer.unref();
  return {
    writeFd,
    closeWriter() {
      if (!writerOpen) return;
      writerOpen = false;
      closeSync(writeFd);
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      if (!done) drain();
    },
    finish() {
      if (done) return;
      clearInterval(timer);
      // QEMU is gone: what it wrote is all there, read to the end whatever the pause
      paused = false;
      drain();
      done = true;
      closeSync(readFd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function connectWithRetry(path: string, timeoutMs: number, stop: () => boolean): Promise<Socket | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (!stop() && Date.now() < deadline) {
    const s = await new Promise<Socket | undefined>((resolve) => {
      const sock = connect(path);
      sock.once('connect', () => resolve(sock));
      sock.once('error', () => {
        sock.destroy();
        resolve(undefined);
      });
    });
    if (s) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The facts `decideAccel` needs, read from this host. */
export function readKvmProbe(): KvmProbe {
  let devKvmReadWrite = false;
  try {
    closeSync(openSync('/dev/kvm', constants.O_RDWR));
    devKvmReadWrite = true;
  } catch {
    devKvmReadWrite = false;
  }
  return { devKvmReadWrite, cpuinfo: readOrEmpty('/proc/cpuinfo'), modules: readOrEmpty('/proc/modules') };
}

/** Exists and is not a directory: a regular file or a device (a raw disk such as /dev/sdb). */
export function isFileOrDevice(file: string): boolean {
  try {
    return !statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** An executable file: a path (relative to `base`) or a name found on PATH. */
export function findProgram(name: string, base: string, pathVar = process.env.PATH ?? ''): string | undefined {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  if (name.includes('/')) {
    const file = resolve(base, name);
    return executable(file) ? file : undefined;
  }
  return pathVar.split(delimiter).some((d) => d && executable(join(d, name))) ? name : undefined;
}
