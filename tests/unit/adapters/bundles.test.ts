// Which content script carries which adapter: content.js holds the adapters of content-registry.ts
// (those without a `bundle`); an adapter with a bundle has its own entrypoint that carries it alone,
// and nothing of it reaches content.js. (The built files are checked in tests/e2e/manifest.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentAdapters } from '../../../utils/adapters/content-registry';
import { adapters, adapterScripts, scriptFile } from '../../../utils/adapters/registry';

const own = adapters.filter((a) => a.bundle !== undefined);
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);

describe('adapter bundles', () => {
  it('content.js carries exactly the adapters without a bundle of their own', () => {
    expect(contentAdapters.map((a) => a.id)).toEqual(adapters.filter((a) => a.bundle === undefined).map((a) => a.id));
    expect(own.map((a) => a.id)).toContain('pboc-credit-report');
  });

  it('content.ts imports the content list, never the whole registry nor a bundled adapter', () => {
    const list = imports('entrypoints/content.ts');
    expect(list).toContain('@/utils/adapters/content-registry');
    expect(list).not.toContain('@/utils/adapters/registry');
    for (const a of own) expect(list).not.toContain(`@/utils/adapters/${a.id}`);
  });

  it.each(own.map((a) => [a.id, a] as const))('%s: its own entrypoint imports it and no registry', (_id, a) => {
    expect(a.bundle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(a.bundle).not.toBe('content');
    const entry = `entrypoints/${a.bundle}.content.ts`;
    expect(existsSync(entry)).toBe(true);
    const list = imports(entry);
    expect(list).toContain(`@/utils/adapters/${a.id}`);
    expect(list.filter((m) => /registry|extract\/run|extract\/generic/.test(m ?? ''))).toEqual([]);
    expect(scriptFile(a)).toBe(`/content-scripts/${a.bundle}.js`);
  });

  it('routes every adapter’s pages to its script', () => {
    expect(adapterScripts()).toEqual(adapters.map((a) => ({ matches: a.matches, file: `/content-scripts/${a.bundle ?? 'content'}.js` })));
  });
});
