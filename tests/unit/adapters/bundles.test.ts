// Which content script carries which adapter: lenders.js holds the lenders' page adapters
// (lender-registry.ts); an adapter too big to share has its own entrypoint that carries it alone;
// content.js, which tracked sites get, carries none. (Built files: tests/e2e/manifest.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lenderAdapters } from '../../../utils/adapters/lender-registry';
import { adapters, adapterScripts, scriptFile } from '../../../utils/adapters/registry';

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1] ?? '');
const own = adapters.filter((a) => a.bundle !== 'lenders');

describe('adapter bundles', () => {
  it('lenders.js carries exactly the adapters whose bundle is "lenders", and only the registry of those', () => {
    expect(lenderAdapters.map((a) => a.id)).toEqual(adapters.filter((a) => a.bundle === 'lenders').map((a) => a.id));
    const list = imports('entrypoints/lenders.content.ts');
    expect(list).toContain('../utils/adapters/lender-registry');
    expect(list.filter((m) => /adapters\/registry|extract\/generic/.test(m))).toEqual([]);
    expect(own.map((a) => a.id)).toContain('pboc-credit-report');
  });

  it('content.ts imports no adapter at all', () => {
    expect(imports('entrypoints/content.ts').filter((m) => m.includes('/adapters/'))).toEqual([]);
  });

  it.each(own.map((a) => [a.id, a] as const))('%s: its own entrypoint imports it and no registry', (_id, a) => {
    expect(a.bundle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['content', 'lenders', 'picker']).not.toContain(a.bundle);
    const entry = `entrypoints/${a.bundle}.content.ts`;
    expect(existsSync(entry)).toBe(true);
    const list = imports(entry);
    expect(list).toContain(`../utils/adapters/${a.id}`);
    expect(list.filter((m) => /registry|capture\/from-document|extract\/generic/.test(m))).toEqual([]);
    expect(scriptFile(a)).toBe(`/content-scripts/${a.bundle}.js`);
  });

  it('routes every adapter’s pages to its script', () => {
    expect(adapterScripts()).toEqual(adapters.map((a) => ({ matches: a.matches, file: `/content-scripts/${a.bundle}.js` })));
  });
});
