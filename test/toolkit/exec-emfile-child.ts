/**
 * Run by exec.test.ts in a process of its own: every file descriptor taken, then runCommand (`exec`) or the
 * VM host's spawn (`vm`). Prints what it returned as JSON, or UNCAUGHT / REJECTED (the process must neither
 * crash nor throw).
 */
import { closeSync, openSync } from 'node:fs';
import { runCommand } from '../../shared/toolkit/exec.js';
import { spawnVmProcess } from '../../shared/vm/host.js';

process.on('uncaughtException', (e) => {
  process.stdout.write(`UNCAUGHT ${String(e)}\n`);
  process.exit(3);
});
const free = Number(process.argv[2] ?? 0);
const what = process.argv[3] ?? 'exec';
const fds: number[] = [];
try {
  for (;;) fds.push(openSync('/dev/null', 'r'));
} catch {
  // EMFILE: all taken
}
for (let i = 0; i < free; i++) closeSync(fds.pop()!);
try {
  if (what === 'vm') {
    const vm = spawnVmProcess('true', []);
    vm.sendInput?.('x');
    const r = await vm.exited;
    for (const fd of fds) closeSync(fd);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  } else {
    const r = await runCommand('true', []);
    for (const fd of fds) closeSync(fd);
    process.stdout.write(`${JSON.stringify({ code: r.code, stderr: r.stderr })}\n`);
  }
} catch (e) {
  process.stdout.write(`REJECTED ${String(e)}\n`);
}
