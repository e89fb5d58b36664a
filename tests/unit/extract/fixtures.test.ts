// Every saved page under tests/fixtures/pages, generic or adapter, against its expected output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../utils/adapters/registry';
import { captureFromDocument } from '../../../utils/capture/from-document';

const DIR = join(__dirname, '../../fixtures/pages');
const files = readdirSync(DIR);
const pages = files.filter((f) => f.endsWith('.html')).sort();
const expectations = files.filter((f) => f.endsWith('.expected.json')).sort();

describe('fixture pages', () => {
  it('has at least 20 pages, each with exactly one expected.json', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(expectations.map((f) => f.replace(/\.expected\.json$/, ''))).toEqual(pages.map((f) => f.replace(/\.html$/, '')));
  });

  it.each(pages)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      url: string;
      result: unknown;
    };
    const doc = parseHTML(readFileSync(join(DIR, file), 'utf8')).document as unknown as Document;
    expect(captureFromDocument(doc, new URL(expected.url), adapters)).toEqual(expected.result);
  });
});
