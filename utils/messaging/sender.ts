// Who sent a message decides what it may ask for (uBlock Origin's privileged/unprivileged split):
// extension pages may read and change the history; a content script in a tab's top frame may only
// submit a capture of that very page, or a picked rule for that page's own site; everything else is
// refused.

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

export type SenderClass = 'extension-page' | 'content-top-frame' | 'untrusted';

/** `extensionBase` is `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
export function classifySender(sender: SenderLike, extensionId: string, extensionBase: string): SenderClass {
  if (sender.id !== extensionId || !sender.url) return 'untrusted';
  // Compare by prefix: non-special schemes (chrome-extension:, moz-extension:) have an opaque
  // URL origin ("null") outside the browser, so `new URL().origin` cannot be trusted for them.
  if (sender.url.startsWith(extensionBase)) {
    const origin = extensionBase.replace(/\/$/, '');
    return sender.origin === undefined || sender.origin === origin || sender.origin === 'null' ? 'extension-page' : 'untrusted';
  }
  const url = safeUrl(sender.url);
  if (url && sender.tab && sender.frameId === 0 && (url.protocol === 'https:' || url.protocol === 'http:')) return 'content-top-frame';
  return 'untrusted';
}

export function safeUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}
