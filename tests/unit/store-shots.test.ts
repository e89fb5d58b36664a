// The size check the store screenshots go through (scripts/lib/store-shots.ts): a PNG header read.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../scripts/lib/store-shots';

describe('pngSize', () => {
  it('reads width and height from a real PNG, and nothing from other bytes', () => {
    const png = PNG.sync.write(new PNG({ width: 1280, height: 800 }));
    expect(pngSize(png)).toEqual({ width: 1280, height: 800 });
    expect(pngSize(PNG.sync.write(new PNG({ width: 3, height: 5 })))).toEqual({ width: 3, height: 5 });
    expect(pngSize(Buffer.from('GIF89a not a png at all, really'))).toBeUndefined();
    expect(pngSize(png.subarray(0, 20))).toBeUndefined();
  });
});
