// The picture check on files made here with pngjs and jpeg-js (and WebP headers written by hand):
// real pictures pass with their size; a PDF renamed .png, a truncated PNG or JPEG, an animated PNG or
// WebP, and a header promising 100 megapixels are refused before anything is decoded.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkPicture, checkPictureFile, MAX_PIXELS } from '../../../utils/screenshot/picture-check';

function pngBytes(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}
function jpegBytes(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 120);
  return new Uint8Array(jpeg.encode({ data, width, height }, 60).data);
}
const check = (bytes: Uint8Array, max?: number) => checkPicture(bytes.subarray(0, 256 * 1024), bytes.subarray(-16), bytes.length, max);

/** A PNG whose IHDR claims `width` × `height` (its CRC left stale: only the header is read). */
function claimedPng(width: number, height: number): Uint8Array {
  const b = pngBytes(4, 4);
  const view = new DataView(b.buffer, b.byteOffset);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return b;
}

/** An APNG: an acTL chunk inserted before the image data. */
function animatedPng(): Uint8Array {
  const b = pngBytes(4, 4);
  const ihdrEnd = 8 + 12 + 13;
  const actl = Buffer.from([0, 0, 0, 8, ...Buffer.from('acTL'), 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
  return new Uint8Array(Buffer.concat([b.subarray(0, ihdrEnd), actl, b.subarray(ihdrEnd)]));
}

function webpHeader(chunk: string, body: number[]): Uint8Array {
  const data = Buffer.from([...Buffer.from(chunk), body.length, 0, 0, 0, ...body]);
  const riff = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBP'), data]);
  riff.writeUInt32LE(riff.length - 8, 4);
  return new Uint8Array(riff);
}

describe('picture check', () => {
  it('reads the size of a PNG and of a JPEG from their headers', () => {
    expect(check(pngBytes(1080, 2340))).toEqual({ ok: true, type: 'png', width: 1080, height: 2340 });
    expect(check(jpegBytes(750, 1334))).toEqual({ ok: true, type: 'jpeg', width: 750, height: 1334 });
  });

  it('reads a lossless and an extended WebP header, and refuses an animated one', () => {
    // VP8L: signature 0x2f, then 14-bit width-1 and height-1.
    const bits = (1079 & 0x3fff) | ((2339 & 0x3fff) << 14);
    expect(check(webpHeader('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]))).toEqual({
      ok: true,
      type: 'webp',
      width: 1080,
      height: 2340,
    });
    const vp8x = (flags: number) => webpHeader('VP8X', [flags, 0, 0, 0, 0x37, 0x04, 0x00, 0x23, 0x09, 0x00]);
    expect(check(vp8x(0))).toEqual({ ok: true, type: 'webp', width: 1080, height: 2340 });
    expect(check(vp8x(0x02))).toEqual({ ok: false, problem: 'animated' });
  });

  it('refuses a header promising more pixels than the budget, whatever the file size', () => {
    expect(check(claimedPng(10_000, 10_000))).toEqual({ ok: false, problem: 'too-many-pixels', width: 10_000, height: 10_000 });
    expect(check(claimedPng(60_000, 60_000)).ok).toBe(false);
    expect(check(pngBytes(100, 100), 5_000)).toMatchObject({ problem: 'too-many-pixels' });
    expect(MAX_PIXELS).toBeGreaterThan(1440 * 3200);
  });

  it('refuses an animated PNG', () => {
    expect(check(animatedPng())).toEqual({ ok: false, problem: 'animated' });
  });

  it('refuses a truncated PNG and a truncated JPEG as damaged', () => {
    const p = pngBytes(200, 200);
    expect(check(p.subarray(0, p.length - 20))).toMatchObject({ ok: false, problem: 'damaged' });
    const j = jpegBytes(200, 200);
    expect(check(j.subarray(0, Math.floor(j.length / 2)))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses a PDF renamed .png and a text file', () => {
    expect(check(new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF'))).toEqual({ ok: false, problem: 'not-image' });
    expect(check(new TextEncoder().encode('可用额度 50,000'))).toEqual({ ok: false, problem: 'not-image' });
    expect(check(new Uint8Array())).toEqual({ ok: false, problem: 'not-image' });
  });

  it('reads only the head and the tail of a File', async () => {
    const file = new File([pngBytes(640, 480) as Uint8Array<ArrayBuffer>], 'Screenshot_20261203-101500.png', { type: 'image/png' });
    expect(await checkPictureFile(file)).toEqual({ ok: true, type: 'png', width: 640, height: 480 });
  });
});
