// The credit report's own content script (built as content-scripts/credit-report.js): the report
// adapter is too big to share a script. Injected the same way, by the background, after the page
// finished loading, only on the report's pages (utils/site-routing.ts scriptFor). It reads the page and
// sends what it found; it never opens any storage.
import { pbocCreditReport } from '../utils/adapters/pboc-credit-report';
import { startCapture } from '../utils/capture/start';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, (doc, url) => ({ adapter: pbocCreditReport.id, ...pbocCreditReport.extract(doc, url) }));
  },
});
