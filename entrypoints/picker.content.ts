// "Pick on page" (built as content-scripts/picker.js): injected by the background only when the
// person asks for it from the popup, on a site they track. It shows the picker (utils/picker/
// page-picker.ts) and sends the rule the person picked to the background, which saves it for this site.
import { openPicker } from '../utils/picker/page-picker';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    openPicker(ctx, (rule) => browser.runtime.sendMessage({ type: 'cs:pick', url: location.href, rule }));
  },
});
