// A runner whose log pipe drains slowly: runs the real bundle with this process's environment,
// reads its stdout at about 6 MB/s, forwards it, and reports the bundle's peak resident memory on stderr
// as `MAXRSS_KB=<n>` (sampled from /proc every 20 ms).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../../dist/qemu-selfhost-verify/index.js', import.meta.url));
const child = spawn(process.execPath, [bundle], { stdio: ['ignore', 'pipe', 'inherit'] });
let max = 0;
const sample = () => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
    if (kb > max) max = kb;
  } catch {
    // gone
  }
};
const sampler = setInterval(sample, 20);
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  child.stdout.pause();
  setTimeout(() => child.stdout.resume(), Math.ceil(chunk.length / 6_000));
});
child.on('close', (code) => {
  clearInterval(sampler);
  process.stderr.write(`MAXRSS_KB=${max}\n`);
  process.exitCode = code ?? 1;
});
