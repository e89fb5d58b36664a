// Test helper: the events a database holds, whatever its page layout (event-months.ts).
import { readEvents } from '../../../utils/storage/event-months';
import type { SentinelDb, StoredEvent } from '../../../utils/storage/db';

/** Every stored event in file order (by `at`, then content key). */
export function storedEvents(db: SentinelDb): Promise<StoredEvent[]> {
  return readEvents(db.transaction('eventMonths').store);
}
