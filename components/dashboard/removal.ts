// What a removal is about and what it gave back: the page keeps `Removed` while it offers undo and
// sends it back unchanged (`ui:restore`, storage/remove-rows.ts says why the page holds it).
import type { HistoryEvent, Observation } from '../../utils/model/types';

export type RemovalTarget = { kind: 'observation'; accountId: string; at: string } | { kind: 'event'; key: string };

export type Removed = { observation: Observation } | { event: HistoryEvent };
