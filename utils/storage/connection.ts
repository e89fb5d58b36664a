// One lazily opened connection for the service worker's life. A failed or closed connection is
// forgotten, so the next message tries again instead of failing forever.
import { openSentinelDb, type SentinelDb } from './db';

export function lazyConnection(open: () => Promise<SentinelDb> = () => openSentinelDb()): () => Promise<SentinelDb> {
  let pending: Promise<SentinelDb> | undefined;
  return () => {
    pending ??= open().then(
      (db) => {
        db.addEventListener('close', () => (pending = undefined));
        db.addEventListener('versionchange', () => (pending = undefined));
        return db;
      },
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
}
