// `npm run adapter-size`'s measure: an adapter's own bytes in lenders.js, and a script of its own
// measured whole, without a build.
import { describe, expect, it } from 'vitest';
import { adapterBytes } from '../../../scripts/lib/adapter-bytes';
import { lenderAdapters } from '../../../utils/adapters/lender-registry';
import { adapters } from '../../../utils/adapters/registry';

describe('adapterBytes', { timeout: 60_000 }, () => {
  it('gives a lenders’ page adapter its own bytes, a part of lenders.js', async () => {
    const m = await adapterBytes(lenderAdapters[0]!.id);
    expect(m).toMatchObject({ bundle: 'lenders', listed: true });
    expect(m.adapter).toBeGreaterThan(100);
    expect(m.adapter!).toBeLessThan(m.script);
    expect(m.script).toBeGreaterThan(5_000);
  });

  it('measures an adapter with a script of its own as that whole script', async () => {
    const own = adapters.find((a) => a.bundle !== 'lenders')!;
    const m = await adapterBytes(own.id);
    expect(m.bundle).toBe(own.bundle);
    expect(m.adapter).toBeUndefined();
    expect(m.script).toBeGreaterThan(5_000);
  });

  it('names a missing adapter file plainly', async () => {
    await expect(adapterBytes('no-such-lender')).rejects.toThrow('no adapter file utils/adapters/no-such-lender.ts');
    await expect(adapterBytes('../define')).rejects.toThrow(/no adapter file/);
  });
});
