// The OCR worker reads its own packaged files (the models, the wasm, the key list) by extension URL,
// and onnxruntime-web reads them with fetch. This narrows the worker's fetch to the extension's own
// origin before anything else runs in it: a URL anywhere else is refused without a request, so the
// worker cannot reach the network even through a library's code path nobody expected.

interface FetchScope {
  fetch: typeof fetch;
  location: { origin: string; href: string };
}

export function keepFetchInPackage(scope: FetchScope): void {
  const own = scope.location.origin;
  const packaged = scope.fetch.bind(scope);
  scope.fetch = (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, scope.location.href);
    if (url.origin !== own) return Promise.reject(new TypeError(`OCR worker: ${url.protocol} refused, only packaged files are read`));
    return packaged(input, init);
  };
}
