// Sealed history files (history-format.md → "Encrypted file"): the envelope's exact shape, the round
// trip through a real sealed fixture history, and every way opening must refuse (wrong password,
// one changed byte, a cut-off file, too few iterations) without ever returning text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksSealed, MIN_ITERATIONS, open, seal, SEALED_FORMAT } from '../../../utils/history-seal';

const plain = readFileSync(fileURLToPath(new URL('../../fixtures/histories/sample-cut.json', import.meta.url)), 'utf8');
const PASSWORD = '正确的马 battery staple';

// One sealing shared by the cases: each PBKDF2 run of 600,000 iterations costs a fraction of a second.
const sealed = await seal(plain, PASSWORD);
const envelope = () => JSON.parse(sealed) as Record<string, Record<string, unknown> | string | number>;
const bytesOf = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64');

describe('seal', { timeout: 30_000 }, () => {
  it('writes the envelope history-format.md describes', () => {
    const file = envelope();
    expect(Object.keys(file)).toEqual(['format', 'version', 'kdf', 'cipher', 'data']);
    expect(file.format).toBe(SEALED_FORMAT);
    expect(file.version).toBe(1);
    const kdf = file.kdf as Record<string, string | number>;
    expect(kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(bytesOf(kdf.salt as string)).toHaveLength(16);
    const cipher = file.cipher as Record<string, string>;
    expect(cipher.name).toBe('AES-GCM');
    expect(bytesOf(cipher.iv)).toHaveLength(12);
    // Ciphertext = plaintext bytes + the 16-byte GCM tag; nothing of the plain text shows through.
    expect(bytesOf(file.data as string)).toHaveLength(Buffer.byteLength(plain) + 16);
    expect(sealed).not.toContain('limit-sentinel.history"');
    expect(looksSealed(sealed)).toBe(true);
    expect(looksSealed(plain)).toBe(false);
  });

  it('uses a fresh salt and iv every time', async () => {
    const again = JSON.parse(await seal(plain, PASSWORD)) as { kdf: { salt: string }; cipher: { iv: string } };
    const first = envelope() as unknown as typeof again;
    expect(again.kdf.salt).not.toBe(first.kdf.salt);
    expect(again.cipher.iv).not.toBe(first.cipher.iv);
  });

  it('refuses to seal with fewer iterations than the minimum', async () => {
    await expect(seal(plain, PASSWORD, MIN_ITERATIONS - 1)).rejects.toThrow(RangeError);
  });
});

describe('open', { timeout: 30_000 }, () => {
  it('gives back the very same text with the right password', async () => {
    expect(await open(sealed, PASSWORD)).toEqual({ ok: true, text: plain, bytes: Buffer.byteLength(plain) });
  });

  it('says wrong password or changed file for a wrong password', async () => {
    expect(await open(sealed, PASSWORD + ' ')).toEqual({ ok: false, problem: 'wrong-password-or-changed' });
  });

  it('says the same when one byte of the ciphertext changed', async () => {
    const file = envelope();
    const data = bytesOf(file.data as string);
    data[Math.floor(data.length / 2)]! ^= 0x01;
    const tampered = JSON.stringify({ ...file, data: data.toString('base64') });
    expect(await open(tampered, PASSWORD)).toEqual({ ok: false, problem: 'wrong-password-or-changed' });
  });

  it('says the same when the salt or the iv changed', async () => {
    const file = envelope();
    const kdf = file.kdf as Record<string, string>;
    const salt = bytesOf(kdf.salt);
    salt[0]! ^= 0x80;
    const changed = JSON.stringify({ ...file, kdf: { ...kdf, salt: salt.toString('base64') } });
    expect(await open(changed, PASSWORD)).toEqual({ ok: false, problem: 'wrong-password-or-changed' });
  });

  it('calls a file cut short damaged, not some other file', async () => {
    for (const cut of [sealed.length - 10, Math.floor(sealed.length / 2), 60]) {
      expect(await open(sealed.slice(0, cut), PASSWORD)).toEqual({ ok: false, problem: 'invalid' });
    }
  });

  it('refuses a ciphertext cut short inside a whole JSON file', async () => {
    const file = envelope();
    const data = bytesOf(file.data as string);
    const shorter = JSON.stringify({ ...file, data: data.subarray(0, data.length - 3).toString('base64') });
    expect(await open(shorter, PASSWORD)).toEqual({ ok: false, problem: 'wrong-password-or-changed' });
    const tiny = JSON.stringify({ ...file, data: data.subarray(0, 8).toString('base64') });
    expect(await open(tiny, PASSWORD)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses fewer than 600,000 iterations before deriving any key', async () => {
    const file = envelope();
    const weak = JSON.stringify({ ...file, kdf: { ...(file.kdf as object), iterations: 599_999 } });
    expect(await open(weak, PASSWORD)).toEqual({ ok: false, problem: 'iterations-too-low' });
    const absurd = JSON.stringify({ ...file, kdf: { ...(file.kdf as object), iterations: 1e12 } });
    expect(await open(absurd, PASSWORD)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses wrong envelope fields as damaged', async () => {
    const file = envelope();
    const variants = [
      { ...file, version: 2 },
      { ...file, kdf: { ...(file.kdf as object), hash: 'SHA-1' } },
      { ...file, cipher: { ...(file.cipher as object), name: 'AES-CBC' } },
      { ...file, cipher: { ...(file.cipher as object), iv: 'AAAA' } },
      { ...file, data: (file.data as string).slice(1) },
      { ...file, data: 42 },
    ];
    for (const v of variants) expect(await open(JSON.stringify(v), PASSWORD)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('calls a plain history file or anything else not sealed', async () => {
    expect(await open(plain, PASSWORD)).toEqual({ ok: false, problem: 'not-sealed' });
    expect(await open('hello', PASSWORD)).toEqual({ ok: false, problem: 'not-sealed' });
    expect(await open('[]', PASSWORD)).toEqual({ ok: false, problem: 'not-sealed' });
  });
});
