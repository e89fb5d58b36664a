// Corrupt and hostile history files: each is refused with the path of the first bad field, the
// database is left exactly as it was, and no message quotes the offending amount.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../utils/messaging/protocol';
import { openSentinelDb, type SentinelDb } from '../../../utils/storage/db';
import { importHistory } from '../../../utils/storage/import-export';
import { freshDb, snapshot, uniqueName } from './helpers';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/histories/${name}`, import.meta.url)), 'utf8');
const healthy = fixture('sample-healthy.json');
// A plain JSON object to mutate; `any` keeps the table short and hostile shapes easy to write.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edit = (change: (f: any) => void): string => {
  const f = JSON.parse(healthy);
  change(f);
  return JSON.stringify(f);
};

interface Case {
  name: string;
  text: string;
  code: ErrorCode;
  path: string;
  expected?: RegExp;
  /** A value that must not appear in the reply. */
  secret?: string;
  maxBytes?: number;
}

const cases: Case[] = [
  { name: 'not JSON', text: healthy.slice(0, 200), code: 'invalid-file', path: '', expected: /^JSON$/ },
  { name: 'JSON but not an object', text: '[1, 2]', code: 'invalid-file', path: '' },
  { name: 'wrong format string', text: edit((f) => (f.format = 'limit-sentinel.backup')), code: 'invalid-file', path: 'format' },
  {
    name: 'a newer version',
    text: edit((f) => ((f.version = 2), (f.futureField = {}))),
    code: 'newer-version',
    path: 'version',
    expected: /version 1/,
  },
  { name: 'version as a string', text: edit((f) => (f.version = '1')), code: 'invalid-file', path: 'version' },
  { name: 'missing observations', text: edit((f) => delete f.observations), code: 'invalid-file', path: 'observations' },
  {
    name: 'negative amount',
    text: edit((f) => (f.observations[2].totalLimit = -31415.92)),
    code: 'invalid-file',
    path: 'observations[2].totalLimit',
    expected: /non-negative/,
    secret: '31415.92',
  },
  {
    name: 'NaN as a string',
    text: edit((f) => (f.observations[1].availableLimit = 'NaN')),
    code: 'invalid-file',
    path: 'observations[1].availableLimit',
  },
  {
    name: 'a number as a string',
    text: edit((f) => (f.observations[1].usedAmount = '27182.81')),
    code: 'invalid-file',
    path: 'observations[1].usedAmount',
    secret: '27182.81',
  },
  {
    name: 'an overflowing number (Infinity)',
    text: healthy.replace('"usedAmount": 8000', '"usedAmount": 1e999'),
    code: 'invalid-file',
    path: 'observations[3].usedAmount',
  },
  {
    name: 'three decimals',
    text: edit((f) => (f.observations[0].totalLimit = 12345.678)),
    code: 'invalid-file',
    path: 'observations[0].totalLimit',
    expected: /2 decimals/,
    secret: '12345.678',
  },
  {
    name: 'a rate given in percent',
    text: edit((f) => (f.observations[3].dailyRate = 0.035)),
    code: 'invalid-file',
    path: 'observations[3].dailyRate',
    secret: '0.035',
  },
  { name: 'an unknown status', text: edit((f) => (f.observations[0].status = 'ok')), code: 'invalid-file', path: 'observations[0].status' },
  {
    name: 'an impossible date',
    text: edit((f) => (f.observations[0].at = '2026-02-30T10:00:00.000Z')),
    code: 'invalid-file',
    path: 'observations[0].at',
  },
  {
    name: 'a time without a zone',
    text: edit((f) => (f.events[0].at = '2026-06-10T00:00:00')),
    code: 'invalid-file',
    path: 'events[0].at',
  },
  {
    name: 'an unknown key on an observation',
    text: edit((f) => (f.observations[0].secret = 1)),
    code: 'invalid-file',
    path: 'observations[0].secret',
  },
  { name: 'an unknown top-level key', text: edit((f) => (f.extra = true)), code: 'invalid-file', path: 'extra' },
  {
    name: 'accountId pointing nowhere',
    text: edit((f) => (f.observations[3].accountId = 'ghost')),
    code: 'invalid-file',
    path: 'observations[3].accountId',
  },
  {
    name: 'an event accountId pointing nowhere',
    text: edit((f) => (f.events[1].accountId = 'ghost')),
    code: 'invalid-file',
    path: 'events[1].accountId',
  },
  { name: 'duplicate account ids', text: edit((f) => (f.accounts[1].id = f.accounts[0].id)), code: 'invalid-file', path: 'accounts[1].id' },
  { name: 'an 81-character id', text: edit((f) => (f.accounts[0].id = 'x'.repeat(81))), code: 'invalid-file', path: 'accounts[0].id' },
  {
    name: 'two observations of one account at one time',
    text: edit((f) => (f.observations[1].at = f.observations[0].at)),
    code: 'invalid-file',
    path: 'observations[1].at',
  },
  {
    name: 'lastSeenAt before at',
    text: edit((f) => (f.observations[0].lastSeenAt = '2026-01-01T00:00:00.000Z')),
    code: 'invalid-file',
    path: 'observations[0].lastSeenAt',
  },
  {
    name: 'a 200 kB statusText',
    text: edit((f) => (f.observations[0].statusText = '正常'.repeat(100_000))),
    code: 'invalid-file',
    path: 'observations[0].statusText',
    expected: /200/,
  },
  {
    name: 'a javascript: url',
    text: edit((f) => (f.observations[0].url = 'javascript:alert(1)')),
    code: 'invalid-file',
    path: 'observations[0].url',
  },
  {
    name: '__proto__ on an observation',
    text: healthy.replace('{ "accountId": "alipay-huabei"', '{ "__proto__": { "polluted": true }, "accountId": "alipay-huabei"'),
    code: 'invalid-file',
    path: 'observations[0].__proto__',
  },
  {
    name: '__proto__ at the top level',
    text: healthy.replace('"format"', '"__proto__": { "polluted": true }, "format"'),
    code: 'invalid-file',
    path: '__proto__',
  },
  {
    name: 'an observation with nothing in it',
    text: edit((f) =>
      f.observations.push({ accountId: 'jd-baitiao', at: '2026-11-22T11:00:00.000Z', status: 'unknown', source: 'manual' }),
    ),
    code: 'invalid-file',
    path: 'observations[7]',
    expected: /at least one/,
  },
  { name: 'too large for the given cap', text: healthy, code: 'too-large', path: '', maxBytes: 1000 },
  { name: 'larger than 20 MiB', text: `{"x":"${'x'.repeat(20 * 1024 * 1024)}"}`, code: 'too-large', path: '' },
  { name: 'multi-byte text over the cap', text: `"${'额'.repeat(400)}"`, code: 'too-large', path: '', maxBytes: 1000 },
];

describe('importing a corrupt or hostile file', () => {
  let db: SentinelDb;
  let before: string;
  beforeAll(async () => {
    db = await openSentinelDb(uniqueName('hostile'));
    // A database with content, so "unchanged" means something.
    const imported = await importHistory(db, fixture('sample-cut.json'));
    expect(imported.ok).toBe(true);
    before = await snapshot(db);
  });
  afterAll(() => db.close());

  it.each(cases)('$name → $code at "$path"', async ({ text, code, path, expected, secret, maxBytes }) => {
    const result = await importHistory(db, text, { maxBytes });
    expect(result).toMatchObject({ ok: false, code, path });
    if (expected) expect(result.ok === false && result.expected).toMatch(expected);
    if (secret) expect(JSON.stringify(result)).not.toContain(secret);
    expect(await snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the same files all pass once the fault is removed (the table tests what it claims)', async () => {
    expect(await importHistory(await freshDb(), healthy)).toMatchObject({ ok: true });
  });
});
