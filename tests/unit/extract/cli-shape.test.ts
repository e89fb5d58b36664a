// `extract`'s output for a saved page can be pasted as that page's expected.json `result`: for every
// fixture page, what the command prints equals what the fixture expects (accountId and kind
// included).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toCliShape } from '../../../scripts/lib/cli-shape';
import { adapters } from '../../../utils/adapters/registry';
import { captureFromDocument } from '../../../utils/capture/from-document';

const DIR = 'tests/fixtures/pages';
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const expectedOf = (page: string) =>
  JSON.parse(readFileSync(join(DIR, page.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string; result: unknown };
const printed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('extract prints what a fixture expects', () => {
  it.each(pages)('%s', (page) => {
    const { url, result } = expectedOf(page);
    const doc = parseHTML(readFileSync(join(DIR, page), 'utf8')).document as unknown as Document;
    expect(printed(toCliShape(captureFromDocument(doc, new URL(url), adapters)))).toEqual(result);
  });

  // The command itself, once (a Node process costs seconds on a busy machine): a page of the first
  // adapter that records an account.
  const page = pages.find((p) => p.startsWith(adapters[0]!.id + '-') && JSON.stringify(expectedOf(p).result).includes('"accountId"'))!;
  it(`npm run extract -- ${page}`, { timeout: 60_000 }, () => {
    const { url, result } = expectedOf(page);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', join(DIR, page), '--url', url], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(result);
  });
});
