// Started by boot.test.ts: boots a hanging VM and waits; the test kills this process and checks QEMU is gone.
import { boot } from './boot-helpers.js';

const name = process.argv[2]!;
setTimeout(() => process.stdout.write('started\n'), 300);
await boot({ mode: 'hang', name });
