// `npm run --silent extract -- <bill.csv>`: cli.md's object on stdout, unread credit rows named on
// stderr, and a one-line error with exit 2 for a file that is not a bill.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { billCommand } from '../../../scripts/lib/bill-cli';

const DIR = join(__dirname, '../../fixtures/bills');
const fixture = (name: string) => join(DIR, name);
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('extract, bill mode', () => {
  it('prints the format, no observations and the events (GBK Alipay, as a person runs it)', () => {
    const r = run(fixture('alipay-gbk.csv'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const expected = JSON.parse(readFileSync(fixture('alipay-gbk.expected.json'), 'utf8')) as { events: unknown[] };
    expect(JSON.parse(r.stdout)).toEqual({ adapter: 'alipay', observations: [], events: expected.events });
  }, 30_000);

  it('refuses a file that is not a bill, and an empty one, with one line and exit 2', () => {
    for (const [name, words] of [
      ['bank-statement.csv', 'is not an Alipay, WeChat or JD bill export'],
      ['empty.csv', 'is empty'],
    ] as const) {
      const r = run(fixture(name));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(words);
    }
  }, 30_000);

  it('names the credit rows it could not read on stderr, by line and reason, without amounts', () => {
    const out = billCommand('wechat.csv', readFileSync(fixture('wechat.csv')));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ adapter: 'wechat', observations: [] });
    expect(out.stderr).toBe('extract: WeChat bill: 2 credit row(s) not read: line 27 (unknown-lender), line 29 (bad-time)\n');
  });

  it('still reads a saved page with --url', () => {
    const r = run('tests/fixtures/pages/alipay-huabei-portal.html', '--url', 'https://my.alipay.com/portal/i.htm');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ adapter: 'alipay-huabei' });
  }, 30_000);
});
