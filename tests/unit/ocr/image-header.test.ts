// Bounds before decoding, on bytes crafted here: the kind from the magic bytes (a PDF named .png is
// not a picture), the size from the header (PNG IHDR, JPEG SOF, WebP VP8/VP8L/VP8X) against the pixel
// budget, animation (APNG's acTL, WebP's flag), and cut-off files. In Node the same bounds run
// before pngjs/jpeg-js/libwebp's wasm decode anything.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkImageHeader, MAX_PIXELS, sniffImage } from '../../../utils/ocr/image-header';
import { decodeImage } from '../../../scripts/lib/ocr-node';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const v of b) c = CRC_TABLE[(c ^ v) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function chunk(type: string, data: ArrayLike<number>): number[] {
  const body = Uint8Array.from([...ascii(type), ...Array.from(data)]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}
const SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG whose IHDR claims width×height (8-bit RGBA) and whose IDAT holds `idat`. */
const png = (width: number, height: number, idat: ArrayLike<number> = deflateSync(new Uint8Array(64)), extra: number[] = []) =>
  Uint8Array.from([
    ...SIG,
    ...chunk('IHDR', [...u32(width), ...u32(height), 8, 6, 0, 0, 0]),
    ...extra,
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);

/** A RIFF/WebP file whose first chunk is `type` with `data`. */
const webp = (type: string, data: number[]) => {
  const body = [...ascii('WEBP'), ...ascii(type), ...le32(data.length), ...data];
  return Uint8Array.from([...ascii('RIFF'), ...le32(body.length), ...body]);
};

const lightPng = new Uint8Array(readFileSync('tests/fixtures/ocr/jiebei-light.png'));
const darkJpeg = new Uint8Array(readFileSync('tests/fixtures/ocr/jintiao-dark.jpg'));
const cardPng = new Uint8Array(readFileSync('tests/fixtures/screens/ccb-card.png'));
const cardWebp = new Uint8Array(readFileSync('tests/fixtures/screens/ccb-card.webp'));

describe('what kind of file', () => {
  it('knows PNG, JPEG and WebP by their bytes, refuses other pictures as unsupported and anything else as not a picture', () => {
    expect(sniffImage(lightPng)).toBe('png');
    expect(sniffImage(darkJpeg)).toBe('jpeg');
    expect(sniffImage(webp('VP8L', [0x2f, 0, 0, 0, 0]))).toBe('webp');
    expect(checkImageHeader(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ ok: false, problem: 'not-image' });
    expect(checkImageHeader(new TextEncoder().encode('交易时间,金额\n'))).toEqual({ ok: false, problem: 'not-image' });
    expect(checkImageHeader(new Uint8Array())).toEqual({ ok: false, problem: 'not-image' });
    expect(checkImageHeader(Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0]))).toEqual({ ok: false, problem: 'unsupported' });
    expect(checkImageHeader(Uint8Array.from([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0]))).toEqual({
      ok: false,
      problem: 'unsupported',
    });
  });
});

describe('size from the header', () => {
  it('reads the real screenshots’ sizes', () => {
    expect(checkImageHeader(lightPng)).toEqual({ ok: true, header: { kind: 'png', width: 750, height: 1624 } });
    expect(checkImageHeader(darkJpeg)).toEqual({ ok: true, header: { kind: 'jpeg', width: 540, height: 1170 } });
  });

  it('refuses a PNG whose header claims 20000×20000 or 100 megapixels, and keeps one just inside the budget', () => {
    expect(checkImageHeader(png(20000, 20000))).toEqual({ ok: false, problem: 'too-large' });
    expect(checkImageHeader(png(10000, 10000))).toEqual({ ok: false, problem: 'too-large' });
    expect(checkImageHeader(png(1080, 20000))).toEqual({ ok: true, header: { kind: 'png', width: 1080, height: 20000 } });
    expect(MAX_PIXELS).toBe(40_000_000);
    expect(checkImageHeader(png(0, 100))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('reads WebP sizes from VP8, VP8L and VP8X', () => {
    const vp8 = [0, 0, 0, 0x9d, 0x01, 0x2a, 1080 & 255, 1080 >> 8, 2340 & 255, 2340 >> 8];
    expect(checkImageHeader(webp('VP8 ', vp8))).toEqual({ ok: true, header: { kind: 'webp', width: 1080, height: 2340 } });
    // VP8L: 14 bits width−1, 14 bits height−1.
    const bits = (750 - 1) | ((1334 - 1) << 14);
    expect(checkImageHeader(webp('VP8L', [0x2f, ...le32(bits), 0, 0, 0, 0]))).toEqual({
      ok: true,
      header: { kind: 'webp', width: 750, height: 1334 },
    });
    const vp8x = (flags: number, w: number, h: number) => [
      flags,
      0,
      0,
      0,
      (w - 1) & 255,
      ((w - 1) >> 8) & 255,
      (w - 1) >> 16,
      (h - 1) & 255,
      ((h - 1) >> 8) & 255,
      (h - 1) >> 16,
    ];
    expect(checkImageHeader(webp('VP8X', vp8x(0, 1440, 3200)))).toEqual({ ok: true, header: { kind: 'webp', width: 1440, height: 3200 } });
    expect(checkImageHeader(webp('VP8X', vp8x(0, 16000, 16000)))).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('animation', () => {
  it('refuses an APNG (acTL before the image data) and an animated WebP', () => {
    const actl = chunk('acTL', [...u32(2), ...u32(0)]);
    expect(checkImageHeader(png(300, 600, undefined, actl))).toEqual({ ok: false, problem: 'animated' });
    // The real screenshot with an acTL chunk put after its IHDR.
    const apng = Uint8Array.from([...lightPng.subarray(0, 33), ...actl, ...lightPng.subarray(33)]);
    expect(checkImageHeader(apng)).toEqual({ ok: false, problem: 'animated' });
    expect(checkImageHeader(webp('VP8X', [0x02, 0, 0, 0, 99, 0, 0, 99, 0, 0]))).toEqual({ ok: false, problem: 'animated' });
  });
});

describe('damaged files', () => {
  it('says a cut-off PNG, JPEG or WebP is damaged', () => {
    expect(checkImageHeader(lightPng.subarray(0, lightPng.length - 5000))).toEqual({ ok: false, problem: 'damaged' });
    expect(checkImageHeader(lightPng.subarray(0, 20))).toEqual({ ok: false, problem: 'damaged' });
    expect(checkImageHeader(darkJpeg.subarray(0, darkJpeg.length >> 1))).toEqual({ ok: false, problem: 'damaged' });
    expect(checkImageHeader(darkJpeg.subarray(0, 400))).toEqual({ ok: false, problem: 'damaged' });
    const whole = webp('VP8L', [0x2f, ...le32(99 | (99 << 14)), 0, 0, 0, 0]);
    expect(checkImageHeader(whole.subarray(0, whole.length - 3))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('takes a JPEG with bytes after its end marker (as some phones save them)', () => {
    const padded = Uint8Array.from([...darkJpeg, ...ascii('trailer data')]);
    expect(checkImageHeader(padded)).toMatchObject({ ok: true });
  });
});

describe('Node decoding behind the same bounds', () => {
  it('refuses a PNG whose pixels would inflate to gigabytes before inflating it', async () => {
    // 30000×30000 RGBA is 3.6 GB; the stream itself is a few kB of deflated zeros.
    const bomb = png(30000, 30000, deflateSync(new Uint8Array(8 << 20)));
    expect(bomb.length).toBeLessThan(20_000);
    await expect(decodeImage(bomb)).resolves.toEqual({ ok: false, problem: 'too-large' });
  });

  it('decodes a PNG and a JPEG to RGBA, and says a broken one is damaged', async () => {
    const small = new PNG({ width: 3, height: 2 });
    small.data.fill(200);
    const decoded = await decodeImage(new Uint8Array(PNG.sync.write(small)));
    expect(decoded.ok && [decoded.image.width, decoded.image.height, decoded.image.data[0]]).toEqual([3, 2, 200]);
    const jpeg = await decodeImage(darkJpeg);
    expect(jpeg.ok && [jpeg.image.width, jpeg.image.height, jpeg.image.data.length]).toEqual([540, 1170, 540 * 1170 * 4]);
    // Whole chunks, but the image data is not a zlib stream.
    await expect(decodeImage(png(4, 4, [1, 2, 3, 4, 5]))).resolves.toEqual({ ok: false, problem: 'damaged' });
  });

  it('decodes a WebP screenshot to the pixels of the PNG it was saved from (lossy: close, not equal)', async () => {
    const webp = await decodeImage(cardWebp);
    const png = await decodeImage(cardPng);
    if (!webp.ok || !png.ok) throw new Error('not decoded');
    expect([webp.image.width, webp.image.height, webp.image.data.length]).toEqual([375, 667, 375 * 667 * 4]);
    let diff = 0;
    for (let i = 0; i < png.image.data.length; i++) diff += Math.abs(webp.image.data[i]! - png.image.data[i]!);
    expect(diff / png.image.data.length).toBeLessThan(3); // mean error per channel, of 255
    expect(webp.image.data[3]).toBe(255);
  });

  it('refuses an animated, an oversized and a cut-off WebP before decoding, and says undecodable data is damaged', async () => {
    await expect(decodeImage(webp('VP8X', [0x02, 0, 0, 0, 99, 0, 0, 99, 0, 0]))).resolves.toEqual({ ok: false, problem: 'animated' });
    const huge = [0, 0, 0, 0, 0x9f, 0x3e, 0, 0x9f, 0x3e, 0]; // VP8X, 16000×16000
    await expect(decodeImage(webp('VP8X', huge))).resolves.toEqual({ ok: false, problem: 'too-large' });
    await expect(decodeImage(cardWebp.subarray(0, cardWebp.length - 100))).resolves.toEqual({ ok: false, problem: 'damaged' });
    // A whole file whose header says 10×10 but whose data is no VP8 stream.
    await expect(decodeImage(webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 10, 0, 10, 0]))).resolves.toEqual({ ok: false, problem: 'damaged' });
    // An extended header (VP8X) claiming a 100×100 canvas around the real 375×667 picture.
    const vp8 = Array.from(cardWebp.subarray(12));
    const canvas = [0, 0, 0, 0, 99, 0, 0, 99, 0, 0];
    const lying = [...ascii('WEBP'), ...ascii('VP8X'), ...le32(10), ...canvas, ...vp8];
    const file = Uint8Array.from([...ascii('RIFF'), ...le32(lying.length), ...lying]);
    expect(checkImageHeader(file)).toEqual({ ok: true, header: { kind: 'webp', width: 100, height: 100 } });
    await expect(decodeImage(file)).resolves.toEqual({ ok: false, problem: 'damaged' });
  });
});
