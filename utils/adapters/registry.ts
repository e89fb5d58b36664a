import { lenderAdapters } from './lender-registry';
import { pbocCreditReport } from './pboc-credit-report';
import type { Adapter } from './types';

/**
 * Every built-in adapter, once. The manifest's host permissions (the pages read without asking), the
 * background's capture check and the scripts it injects come from here.
 */
export const adapters: readonly Adapter[] = [...lenderAdapters, pbocCreditReport];

export function adapterMatches(registry: readonly Adapter[] = adapters): string[] {
  return [...new Set(registry.flatMap((a) => a.matches))];
}

/** The content script an adapter's pages get: WXT builds `entrypoints/<bundle>.content.ts` there. */
export const scriptFile = (a: Pick<Adapter, 'bundle'>): string => `/content-scripts/${a.bundle}.js`;

/** For the background: which file to inject on which adapter's pages (utils/sites.ts). */
export function adapterScripts(registry: readonly Adapter[] = adapters): { matches: readonly string[]; file: string }[] {
  return registry.map((a) => ({ matches: a.matches, file: scriptFile(a) }));
}
