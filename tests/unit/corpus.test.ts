// The page corpus as a regression test: every page listed in tests/corpus/right.json (the pages the
// capture code read right when `npm run corpus -- --update` last ran) must still be read right.
// Pages not on the list may be wrong; held-out pages name only the fields that broke.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CorpusPage, heldOutReason, judge, loadCorpus, misplaced, RIGHT_FILE, runPage } from '../../scripts/lib/corpus';

const pages = loadCorpus();
const right = JSON.parse(readFileSync(RIGHT_FILE, 'utf8')) as string[];
const listed = pages.filter((p) => right.includes(p.id));

describe('page corpus', () => {
  it('has its pages in the sets their names put them in, and right.json names only existing pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(46);
    expect(misplaced(pages)).toEqual([]);
    const ids = new Set(pages.map((p) => p.id));
    expect(right.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(listed.map((p): [string, CorpusPage] => [p.id, p]))('%s is still read right', (_id, page) => {
    const verdict = runPage(page);
    const reason = page.set === 'held-out' ? heldOutReason(verdict.why) : verdict.why.join('\n');
    expect(verdict.right, `${page.id} was right and is now wrong: ${reason}`).toBe(true);
  });
});

describe('the corpus judge', () => {
  const card = { totalLimit: 50000, usedAmount: 857.9, status: 'unknown' as const };
  it('takes amounts to the cent and rates to 1e-9, in any order', () => {
    expect(judge([card], [{ ...card, usedAmount: 857.901 }]).right).toBe(true);
    expect(judge([card], [{ ...card, usedAmount: 857.92 }]).right).toBe(false);
    expect(judge([{ dailyRate: 0.0005, status: 'normal' }], [{ dailyRate: 0.0005 + 2e-9, status: 'normal' }]).right).toBe(false);
    const two = [
      { product: '花呗', availableLimit: 1, status: 'unknown' as const },
      { product: '借呗', availableLimit: 2, status: 'unknown' as const },
    ];
    expect(judge(two, [...two].reverse()).right).toBe(true);
  });
  it('counts an extra amount or rate, a missing observation, an extra one and any record on a page of nothing as wrong', () => {
    expect(judge([card], [{ ...card, dailyRate: 0.0005 }]).why).toEqual([
      `{totalLimit 50000, usedAmount 857.9, unknown}: dailyRate: want none, got 0.0005`,
    ]);
    expect(judge([card, { ...card, product: '尾号1234' }], [card]).right).toBe(false);
    expect(judge([card], [card, card]).right).toBe(false);
    expect(judge([], [{ dailyRate: 0.0002, status: 'unknown' }]).right).toBe(false);
    expect(judge([], []).right).toBe(true);
  });
  it('compares the product only when the expectation names one, and the status always', () => {
    expect(judge([card], [{ ...card, product: '尾号9490' }]).right).toBe(true);
    expect(judge([{ ...card, product: '白条' }], [{ ...card, product: '金条' }]).right).toBe(false);
    expect(judge([card], [{ ...card, status: 'normal' }]).right).toBe(false);
  });
  it("hides a held-out page's values, naming the fields", () => {
    expect(heldOutReason(['{totalLimit 8000, unknown}: totalLimit: want 8000, got none', 'extra {apr 0.1, unknown}'])).toBe(
      'differs in totalLimit, an extra observation',
    );
  });
});
