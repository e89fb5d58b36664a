// What a stored time may be (reliability.md → Time). Every instant is kept as a `toISOString()`
// string, which orders chronologically as a string only while its year has four digits: an offset
// can carry `9999-12-31T23:59:59-23:59` into `+010000-…`, which sorts before 2026 and which the
// history format then refuses on import. So instants are held to 2000–2100, and nothing from an
// import, a bill, a report or a form may lie more than a day ahead of the clock (an observation
// dated 9999 would otherwise stay "latest" for ever).
const DAY_MS = 86_400_000;

export const FIRST_INSTANT = '2000-01-01T00:00:00.000Z';
/** Exclusive. */
export const END_INSTANT = '2100-01-01T00:00:00.000Z';
/** How far ahead of `now` a source's time may be: a China-time date seen from UTC−12 is a day ahead. */
export const FUTURE_TOLERANCE_MS = DAY_MS;

export const EXPECT_INSTANT_RANGE = 'a time between the years 2000 and 2099';
export const EXPECT_NOT_FUTURE = 'a time not more than a day in the future';

/** `toISOString()` form of a parseable time, or undefined when it is none or outside 2000–2099. */
export function normaliseInstant(s: string): string | undefined {
  // Most times already have that form (every export does): they are compared as strings, which
  // saves a Date each on a file of 100,000s.
  if (s.length === 24 && s[19] === '.' && s[23] === 'Z' && s[4] === '-') {
    return s >= FIRST_INSTANT && s < END_INSTANT ? s : undefined;
  }
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return iso >= FIRST_INSTANT && iso < END_INSTANT ? iso : undefined;
}

/** The latest instant accepted from a source when the clock reads `now`. */
export const latestAccepted = (now: Date | number): string => new Date(new Date(now).getTime() + FUTURE_TOLERANCE_MS).toISOString();

/** Whether a normalised instant lies more than the tolerance after `now`. */
export const tooFarAhead = (iso: string, latest: string): boolean => iso > latest;
