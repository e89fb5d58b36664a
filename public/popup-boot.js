// Loaded by popup.html's <head> before anything else, as a plain script: it starts the reads the
// popup's first paint needs while the page and its main script are still loading
// (entrypoints/popup/main.tsx picks them up). None of them needs the service worker: the dashboard
// is the snapshot the background keeps in storage.session (utils/messaging/dashboard-snapshot.ts), the
// language is the options page's setting, the tracked sites are the granted host permissions.
// Only reads; nothing here shows data.
(function () {
  var api = globalThis.browser || globalThis.chrome;
  function start(read) {
    var pending;
    try {
      pending = Promise.resolve(read());
    } catch (e) {
      pending = Promise.reject(e);
    }
    pending.catch(function () {}); // main.tsx handles a failure; no unhandled-rejection noise
    return pending;
  }
  globalThis.__limitSentinelFirstReads = {
    dashboard: start(function () {
      return api.storage.session.get('dashboard');
    }),
    language: start(function () {
      return api.storage.local.get('language');
    }),
    tabs: start(function () {
      return api.tabs.query({ active: true, currentWindow: true });
    }),
    permissions: start(function () {
      return api.permissions.getAll();
    }),
  };
})();
