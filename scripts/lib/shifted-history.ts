// A saved history moved in time so that its newest moment is `daysBeforeNow` days before `now`:
// demos and browser tests then see the same alerts whatever day they run.
import type { HistoryFile } from '../../utils/model/types';

export function shiftedHistory(file: HistoryFile, now: number, daysBeforeNow = 2): HistoryFile {
  const times = [...file.observations.flatMap((o) => [o.at, o.lastSeenAt ?? o.at]), ...file.events.map((e) => e.at)].map(Date.parse);
  const offset = now - daysBeforeNow * 86_400_000 - Math.max(...times);
  const move = (iso: string) => new Date(Date.parse(iso) + offset).toISOString();
  return {
    ...file,
    exportedAt: new Date(now).toISOString(),
    observations: file.observations.map((o) => ({ ...o, at: move(o.at), ...(o.lastSeenAt ? { lastSeenAt: move(o.lastSeenAt) } : {}) })),
    events: file.events.map((e) => ({ ...e, at: move(e.at) })),
  };
}
