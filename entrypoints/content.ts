// Injected by the background into a tab's top frame once the page has finished loading, on sites
// the person tracks (utils/sites.ts); the built-in adapters' pages get lenders.js or
// credit-report.js instead. It is not declared in the manifest nor registered, so the browser adds
// nothing to any page load. It reads the page with the values the person picked there and the
// generic label reader, and sends what it found; it never opens any storage.
import { startCapture } from '../utils/capture/start';
import { extractGeneric } from '../utils/extract/generic';
import { RULES_CHANGED, RULES_KEY, withSiteRules, type SiteRule } from '../utils/picker/site-rules';

export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce each start to the page with window.postMessage (naming the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Values the person picked on this site first (utils/picker), left here by the background,
    // which announces a newly picked one with RULES_CHANGED.
    const rules = () => (globalThis as { [RULES_KEY]?: SiteRule[] })[RULES_KEY];
    startCapture(ctx, (doc, url) => withSiteRules(doc, rules(), { adapter: 'generic', ...extractGeneric(doc, url) }), [RULES_CHANGED]);
  },
});
