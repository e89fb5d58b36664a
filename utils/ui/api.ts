// The popup's only door to the background. Every reply is a Reply<…>; a thrown error or a missing
// reply (background restarting, no listener yet) becomes `internal` so components handle one shape.
import { browser } from 'wxt/browser';
import type { Failure, Replies, UiMessage } from '../messaging/protocol';

export type Send = <T extends UiMessage>(msg: T) => Promise<Replies[T['type']]>;

const internal: Failure = { ok: false, code: 'internal' };

function isReply(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The background's answer as a Reply: anything else, or a failure, is `internal`. */
export const send: Send = async <T extends UiMessage>(msg: T): Promise<Replies[T['type']]> => {
  try {
    const reply: unknown = await browser.runtime.sendMessage(msg as object);
    if (isReply(reply)) return reply as Replies[T['type']];
  } catch {
    // Falls through: the person sees "internal" instead of a stuck popup.
  }
  // Every reply may be a Failure (Reply<…>).
  return internal as Replies[T['type']];
};

/** `https://a.example:8443` for http(s) pages; undefined for chrome://, file:, about:blank … */
export function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The manifest's host permissions: the build derives them from the adapter registry (the demo build
 * adds the loopback demo site, which then also counts as built in).
 */
export function builtInPatterns(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}
