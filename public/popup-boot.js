// Loaded by popup.html's <head> before anything else, as a plain script: it asks the background for
// the dashboard while the page and its main script are still loading (entrypoints/popup/main.tsx
// picks the answers up). Only requests; nothing here reads or shows data.
(function () {
  var api = globalThis.browser || globalThis.chrome;
  try {
    globalThis.__limitSentinelFirstLoad = [
      api.runtime.sendMessage({ type: 'ui:dashboard' }),
      api.runtime.sendMessage({ type: 'ui:tracked-sites' }),
    ];
    globalThis.__limitSentinelFirstLoad.forEach(function (p) {
      p.catch(function () {});
    });
  } catch {
    globalThis.__limitSentinelFirstLoad = undefined;
  }
})();
