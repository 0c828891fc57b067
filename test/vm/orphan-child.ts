// Started by boot.test.ts: boots a hanging VM; once the guest talks (so QEMU surely runs) it says so and
// waits. The test then kills this process and checks that QEMU went with it.
import { boot } from './boot-helpers.js';

const name = process.argv[2]!;
let said = false;
await boot({
  mode: 'hang',
  name,
  run: {
    onLine: () => {
      if (!said) process.stdout.write('started\n');
      said = true;
    },
  },
});
