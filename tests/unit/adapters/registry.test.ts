// Walks the whole adapter registry: every entry is well-formed, claims its own pages and has fixture
// pages with expected output. The README's table describes adapters; a row must be right (a
// registered id, with its patterns) but a new adapter needs none to work or to pass.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterMatches, adapters } from '../../../utils/adapters/registry';
import { pickAdapter } from '../../../utils/adapters/pick';

const fixtures = readdirSync('tests/fixtures/pages');
const readme = readFileSync('README.md', 'utf8');
const VALID_PATTERN = /^(https?|\*):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)\/.*$/;

describe('adapter registry', () => {
  it('has unique ids that are file-name safe', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).not.toContain('generic');
  });

  it.each(adapters.map((a) => [a.id, a] as const))(
    '%s: valid match patterns that cover its home page, and no other adapter’s',
    (_id, a) => {
      expect(a.matches.length).toBeGreaterThan(0);
      for (const m of a.matches) {
        expect(m).toMatch(VALID_PATTERN);
        expect(m).not.toBe('<all_urls>');
        expect(m).not.toMatch(/^\*:\/\/\*\//);
      }
      expect(pickAdapter(new URL(a.home), adapters)?.id).toBe(a.id);
      expect(a.name.zh && a.name.en).toBeTruthy();
    },
  );

  it.each(adapters.map((a) => [a.id] as const))('%s: has fixture pages with expected output', (id) => {
    const pages = fixtures.filter((f) => f.startsWith(id + '-') && f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(fixtures).toContain(p.replace(/\.html$/, '.expected.json'));
  });

  it('the README table names registered adapters only, each row with its match patterns', () => {
    const table = readme.slice(readme.indexOf('Built-in adapters ('));
    const rows = table.slice(0, table.indexOf('\n\n', table.indexOf('| id |'))).split('\n');
    const named = rows.flatMap((line) => {
      const id = /^\| `([a-z0-9-]+)` \|/.exec(line)?.[1];
      return id ? [{ id, line }] : [];
    });
    expect(named.length).toBeGreaterThan(0);
    for (const { id, line } of named) {
      const a = adapters.find((x) => x.id === id);
      expect(a, `README row ${id}`).toBeDefined();
      for (const m of a!.matches) expect(line).toContain('`' + m + '`');
    }
  });

  it('feeds the manifest matches', () => {
    expect(adapterMatches()).toEqual([...new Set(adapters.flatMap((a) => a.matches))]);
  });
});
