// Local wall-clock arithmetic for quiet hours and the digest hour. Dates are built from local
// fields, so a day with a daylight-saving jump still lands on the right clock time.

/** `HH:MM` → minutes after local midnight. */
export function clockMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes after local midnight, with the fraction of the current minute. */
export const minutesOfDay = (d: Date): number =>
  d.getHours() * 60 + d.getMinutes() + (d.getSeconds() * 1000 + d.getMilliseconds()) / 60_000;

const at = (now: Date, dayOffset: number, minutes: number): Date =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, Math.floor(minutes / 60), minutes % 60);

/** The first moment strictly after `now` when the local clock reads `minutes` after midnight. */
export function nextLocalTime(now: Date, minutes: number): Date {
  const today = at(now, 0, minutes);
  return today.getTime() > now.getTime() ? today : at(now, 1, minutes);
}

/** The last moment at or before `now` when the local clock read `minutes` after midnight. */
export function lastLocalTime(now: Date, minutes: number): Date {
  const today = at(now, 0, minutes);
  return today.getTime() <= now.getTime() ? today : at(now, -1, minutes);
}

/** `YYYY-MM-DD` of the local calendar day. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
