// `npm run test:e2e`: the browser tests, in two lanes side by side (each lane runs its files one at a
// time, each launching a browser). Firefox's quiet-hours test spends most of its minute waiting for a
// whole minute to come round; the files beside it in the first lane fill that wait. Both must pass.
import { spawn } from 'node:child_process';

const BESIDE_THE_WAIT = [
  'tests/e2e/firefox-notify.test.ts',
  'tests/e2e/a11y.test.ts',
  'tests/e2e/capture.test.ts',
  'tests/e2e/alert-lines.test.ts',
];
const vitest = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });

const codes = await Promise.all([
  vitest(BESIDE_THE_WAIT),
  vitest([...BESIDE_THE_WAIT.flatMap((f) => ['--exclude', f]), ...process.argv.slice(2)]),
]);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
