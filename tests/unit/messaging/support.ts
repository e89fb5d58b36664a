// What the message-handler tests share: the extension's id and pages, and a handler on a test
// database with no sites tracked (each test adds the dependencies it is about).
import { adapters } from '../../../utils/adapters/registry';
import { createMessageHandler, type HandlerDeps } from '../../../utils/messaging/handlers';
import type { SenderLike } from '../../../utils/messaging/sender';
import type { SentinelDb } from '../../../utils/storage/db';
import { FIXED_NOW } from '../storage/helpers';

export const ID = 'abcdefghijklmnopabcdefghijklmnop';
export const BASE = `chrome-extension://${ID}/`;
export const popup: SenderLike = { id: ID, url: BASE + 'popup.html', origin: BASE.slice(0, -1) };

export function handlerFor(db: SentinelDb, deps: Partial<HandlerDeps> = {}) {
  return createMessageHandler({
    extensionId: ID,
    extensionBase: BASE,
    registry: adapters,
    db: async () => db,
    now: () => FIXED_NOW,
    captureIncognito: async () => false,
    sites: {
      list: async () => [],
      track: async () => true,
      untrack: async () => undefined,
      names: async () => ({}),
      setName: async () => undefined,
    },
    ...deps,
  });
}
