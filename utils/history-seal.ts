// Sealed history files (history-format.md → "Encrypted file"): PBKDF2-SHA-256 turns the password into
// an AES-GCM key; the plain history file's UTF-8 bytes are encrypted with it. WebCrypto only
// (globalThis.crypto.subtle), so the same code runs in extension pages and in Node 20 (assess).
// Nothing here keeps the password: it lives as long as one call.

import { MAX_IMPORT_BYTES } from './storage/limits';

export const SEALED_FORMAT = 'limit-sentinel.history.sealed';
/** OWASP's 2023 figure for PBKDF2-SHA-256; files may ask for more, never fewer. */
export const MIN_ITERATIONS = 600_000;
/** A hostile file asking for billions of iterations would hang the page; no honest file needs more. */
export const MAX_ITERATIONS = 10_000_000;
/** The largest sealed file taken: the largest plain history, in base64, with its envelope. */
export const MAX_SEALED_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 1024;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedFile {
  format: typeof SEALED_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

/** Why a sealed file could not be opened. GCM cannot tell a wrong password from a changed byte. */
export type SealProblem = 'wrong-password-or-changed' | 'not-sealed' | 'invalid' | 'iterations-too-low';

/** `bytes`: the plain text's UTF-8 size, as decrypted (the import cap is in bytes; no re-encoding to learn it). */
export type OpenResult = { ok: true; text: string; bytes: number } | { ok: false; problem: SealProblem };

/** Cheap test before any parsing: whether `text` claims to be a sealed file at all. A plain history
 *  file could only hold the marker inside a name, and open() then answers 'not-sealed'. */
export const looksSealed = (text: string): boolean => text.includes(`"${SEALED_FORMAT}"`);

export async function seal(plainText: string, password: string, iterations = MIN_ITERATIONS): Promise<string> {
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new RangeError('iterations out of range');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(password, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText));
  const file: SealedFile = {
    format: SEALED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export async function open(sealedText: string, password: string): Promise<OpenResult> {
  const parsed = parseSealed(sealedText);
  if (!parsed.ok) return parsed;
  const { iterations, salt, iv, data } = parsed;
  const key = await deriveKey(password, salt, iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
  } catch {
    return { ok: false, problem: 'wrong-password-or-changed' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain), bytes: plain.byteLength };
  } catch {
    return { ok: false, problem: 'invalid' };
  }
}

type Parsed = { ok: true; iterations: number; salt: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> };

/** The envelope checked field by field, before any key is derived. */
function parseSealed(text: string): Parsed | { ok: false; problem: SealProblem } {
  const fail = (problem: SealProblem) => ({ ok: false as const, problem });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Cut short (or otherwise broken) yet announcing itself as sealed: damaged, not "some other file".
    return fail(looksSealed(text) ? 'invalid' : 'not-sealed');
  }
  if (!isRecord(json) || json.format !== SEALED_FORMAT) return fail('not-sealed');
  const { version, kdf, cipher, data } = json;
  if (version !== 1 || !isRecord(kdf) || !isRecord(cipher) || typeof data !== 'string') return fail('invalid');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') return fail('invalid');
  const iterations = kdf.iterations;
  if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations > MAX_ITERATIONS) return fail('invalid');
  if (iterations < MIN_ITERATIONS) return fail('iterations-too-low');
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : undefined;
  const iv = typeof cipher.iv === 'string' ? fromBase64(cipher.iv) : undefined;
  const bytes = fromBase64(data);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !bytes || bytes.length < TAG_BYTES) return fail('invalid');
  return { ok: true, iterations, salt, iv, data: bytes };
}

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Uint8Array.fromBase64/toBase64 where the engine has them (Chrome 140+, Firefox 133+): several times
// faster on a 13 MB file. Otherwise btoa/atob on "binary strings", built in chunks, since spreading
// megabytes into String.fromCharCode overflows the argument limit.
interface Base64Native {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict base64 (padding included, no whitespace); undefined for anything else, so a damaged field is caught here. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(text)) return undefined;
  try {
    const native = (Uint8Array as unknown as Base64Native).fromBase64;
    if (native) return native(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined; // '=' inside, or other padding atob refuses
  }
}
