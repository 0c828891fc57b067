/** A fake clock with timers, and a fake QEMU process driven by the test. */
import type { SpawnVm, Timers, VmExit, VmProcess } from '../../shared/vm/process.js';

export class FakeTime {
  now = 0;
  private seq = 0;
  private pending = new Map<number, { at: number; fn: () => void }>();
  readonly clock = (): number => this.now;
  readonly timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++this.seq;
      this.pending.set(id, { at: this.now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void this.pending.delete(h as number),
  };
  /** Move time forward, firing due timers in order. */
  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = target;
  }
  get timerCount(): number {
    return this.pending.size;
  }
}

export class FakeVm implements VmProcess {
  readonly pid = 4242;
  readonly signals: string[] = [];
  /** What was typed into the serial console. */
  readonly typed: string[] = [];
  sendInput(text: string): void {
    this.typed.push(text);
  }
  /** pause/resume calls, in order. */
  readonly flow: string[] = [];
  pause(): void {
    this.flow.push('pause');
  }
  resume(): void {
    this.flow.push('resume');
  }
  private serial: ((c: Uint8Array) => void)[] = [];
  private stderr: ((c: Uint8Array) => void)[] = [];
  private resolveExit!: (e: VmExit) => void;
  readonly exited = new Promise<VmExit>((r) => (this.resolveExit = r));
  /** What the fake does on a signal: by default SIGTERM and SIGKILL both end it with that signal. */
  onSignal: (signal: 'SIGTERM' | 'SIGKILL', vm: FakeVm) => void = (signal, vm) => vm.exit({ code: null, signal });
  private done = false;
  onSerial(l: (c: Uint8Array) => void): void {
    this.serial.push(l);
  }
  onStderr(l: (c: Uint8Array) => void): void {
    this.stderr.push(l);
  }
  killGroup(signal: 'SIGTERM' | 'SIGKILL'): void {
    this.signals.push(signal);
    if (!this.done) this.onSignal(signal, this);
  }
  write(text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.serial.forEach((l) => l(bytes));
  }
  writeStderr(text: string): void {
    const bytes = new TextEncoder().encode(text);
    this.stderr.forEach((l) => l(bytes));
  }
  exit(e: VmExit): void {
    if (this.done) return;
    this.done = true;
    this.resolveExit(e);
  }
}

/** A spawner that records calls and hands out FakeVms prepared by the test. */
export function fakeSpawner(vms: FakeVm[]): SpawnVm & { calls: { file: string; args: readonly string[] }[] } {
  const calls: { file: string; args: readonly string[] }[] = [];
  const spawn: SpawnVm = (file, args) => {
    calls.push({ file, args });
    const vm = vms.shift();
    if (!vm) throw new Error('no more fake VMs');
    return vm;
  };
  return Object.assign(spawn, { calls });
}
