// Builds a database exactly as an older schema version left it, from a hand-written fixture
// (tests/fixtures/db/vN.json), with the plain IndexedDB API: the code under test must not be the
// thing that creates its own "old" database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FrozenIndex {
  keyPath: string | string[];
  unique?: boolean;
  multiEntry?: boolean;
}

export interface FrozenStore {
  keyPath: string | string[] | null;
  autoIncrement?: boolean;
  indexes: Record<string, FrozenIndex>;
  rows: Record<string, unknown>[];
}

export interface FrozenDb {
  version: number;
  stores: Record<string, FrozenStore>;
}

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/db', import.meta.url));

/** Every frozen version, oldest first: a new schema version only has to add its file. */
export function frozenFixtures(): { file: string; fixture: FrozenDb }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as FrozenDb }))
    .sort((a, b) => a.fixture.version - b.fixture.version);
}

const done = (request: IDBRequest | IDBOpenDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

export async function buildFrozenDb(name: string, fixture: FrozenDb): Promise<void> {
  const request = indexedDB.open(name, fixture.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const [storeName, spec] of Object.entries(fixture.stores)) {
      const store = db.createObjectStore(storeName, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement ?? false });
      for (const [indexName, index] of Object.entries(spec.indexes)) {
        store.createIndex(indexName, index.keyPath, { unique: index.unique ?? false, multiEntry: index.multiEntry ?? false });
      }
      for (const row of spec.rows) store.add(row);
    }
  };
  await done(request);
  request.result.close();
}

/** A database's shape (stores, keys, indexes) in a form `toEqual` can compare. */
export function describeDb(db: IDBDatabase): Record<string, Omit<FrozenStore, 'rows'>> {
  const names = [...db.objectStoreNames];
  if (!names.length) return {};
  const tx = db.transaction(names, 'readonly');
  const shape: Record<string, Omit<FrozenStore, 'rows'>> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, FrozenIndex> = {};
    for (const indexName of [...store.indexNames]) {
      const index = store.index(indexName);
      indexes[indexName] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }
    shape[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  return shape;
}
