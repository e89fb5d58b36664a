// WebP in Node, for `extract` and the fixture renderer: libwebp's decoder (and encoder) compiled to
// WebAssembly by @jsquash/webp (Apache-2.0, a dev dependency: the extension itself decodes WebP with
// the browser's own decoder, utils/ocr/decode-browser.ts). The wasm is read from node_modules and
// compiled here once per process, so nothing is fetched and no loader looks for files on its own.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { RgbaImage } from '../../utils/ocr/preprocess';

const require = createRequire(import.meta.url);

type Init = (module: WebAssembly.Module) => Promise<unknown>;
const compile = async (path: string) => WebAssembly.compile(await readFile(require.resolve(path)));

let decoder: Promise<(buffer: ArrayBuffer) => Promise<ImageData>> | undefined;
let encoder: Promise<(image: ImageData, options: { quality: number }) => Promise<ArrayBuffer>> | undefined;

/** Decodes a WebP picture (its header already checked: utils/ocr/image-header.ts); throws on a damaged one. */
export async function decodeWebp(bytes: Uint8Array): Promise<RgbaImage> {
  decoder ??= (async () => {
    const { default: decode, init } = await import('@jsquash/webp/decode.js');
    // The .d.ts names only the options form of init; the module form is the one that reads no file itself.
    await (init as unknown as Init)(await compile('@jsquash/webp/codec/dec/webp_dec.wasm'));
    return decode;
  })();
  const decode = await decoder;
  const image = await decode(bytes.slice().buffer);
  return { width: image.width, height: image.height, data: image.data };
}

/** Encodes RGBA pixels as a lossy WebP of this quality (0–100), as a phone's share sheet saves a screenshot. */
export async function encodeWebp(image: RgbaImage, quality: number): Promise<Uint8Array> {
  encoder ??= (async () => {
    const { default: encode, init } = await import('@jsquash/webp/encode.js');
    // Its SIMD build: the module picks it where WebAssembly SIMD exists, as in every Node this runs on (20+).
    await (init as unknown as Init)(await compile('@jsquash/webp/codec/enc/webp_enc_simd.wasm'));
    return encode;
  })();
  const encode = await encoder;
  const data = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return new Uint8Array(await encode({ width: image.width, height: image.height, data, colorSpace: 'srgb' } as ImageData, { quality }));
}
