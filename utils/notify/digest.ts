// Warnings wait for one digest a day at the digest hour (local time). The planner remembers when it
// last handled a digest; the digest is due once the latest digest hour has passed since then. A
// digest missed while the browser was closed (or held by quiet hours) is sent late, never skipped;
// warnings raised after today's digest wait for tomorrow's.
import { lastLocalTime, nextLocalTime } from './clock';

export function digestDue(now: Date, digestHour: number, lastDigestAt: number | undefined): boolean {
  return lastDigestAt === undefined || lastLocalTime(now, digestHour * 60).getTime() > lastDigestAt;
}

export function nextDigestAt(now: Date, digestHour: number): number {
  return nextLocalTime(now, digestHour * 60).getTime();
}
