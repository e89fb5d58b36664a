// What a refused import or entry expected, in the person's language: every phrase the schema and
// the form checks produce has Chinese words (a phrase without them would show English in the zh UI).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manualEntryProblem } from '../../../utils/capture/manual';
import { failureText } from '../../../utils/i18n';
import { expectedText } from '../../../utils/i18n/expected';
import { parseHistory } from '../../../utils/model/history-schema';

const sample = JSON.parse(readFileSync(new URL('../../fixtures/histories/sample-cut.json', import.meta.url), 'utf8'));
const broken = (edit: (f: typeof sample) => void) => {
  const f = structuredClone(sample);
  edit(f);
  const r = parseHistory(f);
  if (r.ok) throw new Error('expected a refusal');
  return r.expected ?? '';
};
const CJK = /[\u4e00-\u9fff]/;
const NOW = new Date('2026-12-01T00:00:00.000Z');

describe('expected phrases in Chinese', () => {
  const phrases = [
    broken((f) => (f.observations[0].totalLimit = -1)),
    broken((f) => (f.observations[0].dailyRate = 2)),
    broken((f) => (f.observations[0].apr = 'x')),
    broken((f) => (f.observations[0].at = 'yesterday')),
    broken((f) => (f.observations[0].lastSeenAt = '2000-01-01T00:00:00.000Z')),
    broken((f) => (f.observations[0].url = 'ftp://x')),
    broken((f) => (f.observations[0].status = 'fine')),
    broken((f) => (f.observations[0].increaseAvailable = 'yes')),
    broken((f) => (f.observations[0] = { accountId: 'jd-baitiao', at: '2026-01-01T00:00:00.000Z', status: 'unknown', source: 'page' })),
    broken((f) => (f.observations[0].colour = 'red')),
    broken((f) => (f.observations[0].accountId = 'nobody')),
    broken((f) => (f.accounts[0].lender = '')),
    broken((f) => f.accounts.push({ ...f.accounts[0] })),
    broken((f) => (f.events = {})),
    broken((f) => (f.events[0] = 7)),
    broken((f) => (f.version = 0)),
    broken((f) => (f.observations[0].at = '9999-12-31T23:59:59.999-23:59')),
    (() => {
      const r = parseHistory(
        { ...sample, events: [{ at: '2099-01-01T00:00:00.000Z', kind: 'inquiry' }] },
        { latest: '2026-12-01T00:00:00.000Z' },
      );
      return r.ok ? '' : (r.expected ?? '');
    })(),
    manualEntryProblem({ lender: 'x', values: { status: 'unknown' } }, NOW)!.expected,
    manualEntryProblem({ lender: 'x', values: { status: 'normal', totalLimit: 1, availableLimit: 2 } }, NOW)!.expected,
    manualEntryProblem({ lender: 'x', values: { status: 'normal' }, at: '2026-12-03T00:00:00.000Z' }, NOW)!.expected,
  ];

  it.each(phrases.map((p) => [p]))('%s', (phrase) => {
    expect(expectedText('zh', phrase)).toMatch(CJK);
    expect(expectedText('en', phrase)).toBe(phrase);
  });

  it('shows in the Chinese error message, without quoting a value', () => {
    const text = failureText('zh', {
      code: 'invalid-file',
      path: 'observations[12].totalLimit',
      expected: 'a non-negative number of yuan with at most 2 decimals',
    });
    expect(text).toContain('observations[12].totalLimit');
    expect(text).toContain('不小于 0、最多两位小数的金额');
  });
});
