import { describe, expect, it } from 'vitest';
import { createSerialRunner } from '../../../utils/storage/serial-runner';

const none = { put: [], remove: [], raised: [] };

describe('serial runner', () => {
  it('never overlaps runs, and a request during a run gives exactly one more run', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const release: (() => void)[] = [];
    const run = createSerialRunner(async () => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => release.push(r));
      active--;
      return none;
    });
    const first = run();
    const second = run();
    const third = run();
    await Promise.resolve();
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    release.shift()!();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('reports a failure to the caller and runs again on the next request', async () => {
    let fail = true;
    const run = createSerialRunner(async () => {
      if (fail) throw new Error('db');
      return none;
    });
    await expect(run()).rejects.toThrow('db');
    fail = false;
    await expect(run()).resolves.toBeUndefined();
  });
});
