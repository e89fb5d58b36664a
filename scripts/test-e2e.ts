// `npm run test:e2e`: the browser tests. Firefox's quiet-hours test spends most of its minute waiting
// for a whole minute to come round, so it runs beside the other files (which run one at a time, each
// launching a browser) instead of after them. Both must pass.
import { spawn } from 'node:child_process';

const WAITING = 'tests/e2e/firefox-notify.test.ts';
const vitest = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });

const codes = await Promise.all([vitest([WAITING]), vitest(['--exclude', WAITING, ...process.argv.slice(2)])]);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
