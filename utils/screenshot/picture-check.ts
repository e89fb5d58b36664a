// What a file says about itself before any decoding: its type by its first bytes (not its name), its
// size in pixels from its header, whether it moves, whether it ends as its format ends. The flow
// refuses a 100-megapixel PNG, a PNG whose header promises gigabytes of pixels, an animation, a PDF
// renamed .png or a truncated file here, in words, before the OCR worker decodes a pixel.

export type PictureType = 'png' | 'jpeg' | 'webp';
export type PictureProblem = 'not-image' | 'animated' | 'too-many-pixels' | 'damaged';
export type PictureCheck =
  { ok: true; type: PictureType; width: number; height: number } | { ok: false; problem: PictureProblem; width?: number; height?: number };

/** Pixels decoded at most: a long scrolling phone screenshot (1440 × 12,000) is 17 MP, a 4K screen 8 MP. */
export const MAX_PIXELS = 30_000_000;

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const u32be = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);
const u32le = (b: Uint8Array, at: number) => (u24le(b, at) | ((b[at + 3] ?? 0) << 24)) >>> 0;

/**
 * `head`: the file's first bytes (256 KB hold a JPEG's size behind its EXIF block); `tail`: its last
 * 16 bytes; `size`: its length.
 */
export function checkPicture(head: Uint8Array, tail: Uint8Array, size: number, maxPixels = MAX_PIXELS): PictureCheck {
  const found = png(head, tail) ?? jpeg(head, tail) ?? webp(head, size);
  if (!found) return { ok: false, problem: 'not-image' };
  if (!found.ok) return found;
  const { width, height } = found;
  if (!(width > 0 && height > 0)) return { ok: false, problem: 'damaged' };
  if (width * height > maxPixels) return { ok: false, problem: 'too-many-pixels', width, height };
  return found;
}

function png(b: Uint8Array, tail: Uint8Array): PictureCheck | undefined {
  if (u32be(b, 0) !== 0x89504e47 || u32be(b, 4) !== 0x0d0a1a0a) return undefined;
  if (ascii(b, 12, 4) !== 'IHDR') return { ok: false, problem: 'damaged' };
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  // An animated PNG says so (acTL) before its first image data.
  for (let at = 8; at + 8 <= b.length;) {
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') return { ok: false, problem: 'animated' };
    if (type === 'IDAT') break;
    at += 12 + u32be(b, at);
  }
  if (!ascii(tail, 0, tail.length).includes('IEND')) return { ok: false, problem: 'damaged', width, height };
  return { ok: true, type: 'png', width, height };
}

function jpeg(b: Uint8Array, tail: Uint8Array): PictureCheck | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  // A cut-off JPEG has no end-of-image marker (a few encoders pad after it).
  const ended = Array.from({ length: Math.max(0, tail.length - 1) }, (_, i) => i).some((i) => tail[i] === 0xff && tail[i + 1] === 0xd9);
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return { ok: false, problem: 'damaged' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Start-of-frame markers carry the size (not DHT C4, JPG C8, DAC CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = u16be(b, at + 5);
      const width = u16be(b, at + 7);
      return ended ? { ok: true, type: 'jpeg', width, height } : { ok: false, problem: 'damaged', width, height };
    }
    at += 2 + u16be(b, at + 2);
  }
  return { ok: false, problem: 'damaged' };
}

function webp(b: Uint8Array, size: number): PictureCheck | undefined {
  if (ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  if (u32le(b, 4) + 8 > size) return { ok: false, problem: 'damaged' };
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') {
    // Flag bit 1: animation.
    if ((b[20] ?? 0) & 0x02) return { ok: false, problem: 'animated' };
    return { ok: true, type: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  // Lossy: the key frame's 14-bit sizes, little-endian, after its start code.
  if (chunk === 'VP8 ') return { ok: true, type: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = u32le(b, 21);
    return { ok: true, type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return { ok: false, problem: 'damaged' };
}

/** Reads only the head and tail of a file. */
export async function checkPictureFile(file: Blob, maxPixels = MAX_PIXELS): Promise<PictureCheck> {
  const [head, tail] = await Promise.all([file.slice(0, 256 * 1024).arrayBuffer(), file.slice(Math.max(0, file.size - 16)).arrayBuffer()]);
  return checkPicture(new Uint8Array(head), new Uint8Array(tail), file.size, maxPixels);
}
