// Bounds checked on a picture's bytes before anything decodes it: what kind of file it really is
// (from its first bytes, whatever its name says), its size in pixels from the header alone, whether
// it is animated, and whether the file is whole. A PNG whose header claims 20000×20000 pixels would
// inflate to 1.6 GB: it is refused here, before a single pixel is decoded. The same check runs in
// the browser's worker and in Node (`extract`).

/** Why a picture is not read; the pages turn each into words. */
export type ImageProblem = 'not-image' | 'unsupported' | 'too-large' | 'animated' | 'damaged';

export type ImageKind = 'png' | 'jpeg' | 'webp';

export interface ImageHeader {
  kind: ImageKind;
  width: number;
  height: number;
}

export type HeaderCheck = { ok: true; header: ImageHeader } | { ok: false; problem: ImageProblem };

/** 40 megapixels (160 MB of RGBA): a long scrolling screenshot fits, a poster-sized picture does not. */
export const MAX_PIXELS = 40_000_000;

const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32le = (b: Uint8Array, at: number): number => u32be(Uint8Array.of(b[at + 3]!, b[at + 2]!, b[at + 1]!, b[at]!), 0);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The kind from the magic bytes; `unsupported` for pictures this reader does not take (GIF, BMP, HEIC, AVIF, TIFF). */
export function sniffImage(b: Uint8Array): ImageKind | 'unsupported' | undefined {
  if (b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return 'unsupported';
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return 'unsupported';
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1|avif|avis)$/.test(ascii(b, 8, 4))) return 'unsupported';
  if (b.length >= 4 && (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*')) return 'unsupported';
  return undefined;
}

type Partial = { width: number; height: number; animated: boolean } | 'damaged';

/** IHDR's size; an acTL chunk (APNG) before the first IDAT means animation; the chunks must run whole to IEND. */
function png(b: Uint8Array): Partial {
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR' || u32be(b, 8) !== 13) return 'damaged';
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  let animated = false;
  let at = 8;
  for (;;) {
    if (at + 12 > b.length) return 'damaged';
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') animated = true;
    const next = at + 12 + length;
    if (next > b.length) return 'damaged';
    if (type === 'IEND') break;
    at = next;
  }
  return { width, height, animated };
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** The frame header's size; the scan must be followed by an end-of-image marker (a cut-off file has none). */
function jpeg(b: Uint8Array): Partial {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return 'damaged';
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = u16be(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return 'damaged';
    if (SOF.has(marker)) {
      if (length < 8) return 'damaged';
      size = { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    }
    if (marker === 0xda) {
      if (!size) return 'damaged';
      // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so an
      // 0xFF 0xD9 after the first scan is the end of this image, not of an embedded thumbnail.
      for (let i = b.length - 2; i >= at + 2 + length; i--) if (b[i] === 0xff && b[i + 1] === 0xd9) return { ...size, animated: false };
      return 'damaged';
    }
    at += 2 + length;
  }
  return 'damaged';
}

/** VP8 (lossy), VP8L (lossless) or VP8X (extended: canvas size and the animation flag) first chunk. */
function webp(b: Uint8Array): Partial {
  if (b.length < 20 || u32le(b, 4) + 8 > b.length) return 'damaged';
  const chunk = ascii(b, 12, 4);
  const data = 20;
  const length = u32le(b, 16);
  if (length + data > b.length || length < (chunk === 'VP8L' ? 5 : 10)) return 'damaged';
  if (chunk === 'VP8 ') {
    if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return 'damaged';
    return { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff, animated: false };
  }
  if (chunk === 'VP8L') {
    if (b[data] !== 0x2f) return 'damaged';
    const bits = u32le(b, data + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, animated: false };
  }
  if (chunk === 'VP8X') {
    return { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1, animated: (b[data]! & 0x02) !== 0 };
  }
  return 'damaged';
}

/** Checks a picture's bytes against the bounds; nothing here decodes pixels. */
export function checkImageHeader(bytes: Uint8Array, maxPixels = MAX_PIXELS): HeaderCheck {
  const kind = sniffImage(bytes);
  if (kind === undefined) return { ok: false, problem: 'not-image' };
  if (kind === 'unsupported') return { ok: false, problem: 'unsupported' };
  const read = kind === 'png' ? png(bytes) : kind === 'jpeg' ? jpeg(bytes) : webp(bytes);
  if (read === 'damaged' || read.width === 0 || read.height === 0) return { ok: false, problem: 'damaged' };
  if (read.width * read.height > maxPixels) return { ok: false, problem: 'too-large' };
  if (read.animated) return { ok: false, problem: 'animated' };
  return { ok: true, header: { kind, width: read.width, height: read.height } };
}
