// A view's price, in one place: the annual rate rate-increase compares, the "last known rate" the
// history view keeps from before its horizon, and the scenario oracle (scripts/fixtures/contract.ts)
// read it the same way. Rates are fractions (history-format.md): 0.0005 a day, 0.1825 a year.
import type { ObservedValues } from '../model/types';

type Rated = Pick<ObservedValues, 'apr' | 'dailyRate'>;

/** Lenders quote 日利率 as simple interest: the annual figure is the daily rate × 365. */
export const DAYS_PER_YEAR = 365;

/** The annual rate of a view: the page's APR, else its daily rate × 365; undefined when it shows neither. */
export const annualRate = (o: Rated): number | undefined =>
  o.apr !== undefined ? o.apr : o.dailyRate !== undefined ? o.dailyRate * DAYS_PER_YEAR : undefined;

/** The daily rate as the page showed it when the annual rate was derived from it, else null (evidence is JSON). */
export const shownDailyRate = (o: Rated): number | null => (o.apr === undefined && o.dailyRate !== undefined ? o.dailyRate : null);

/**
 * One price: rates within a relative 1e-9. `dailyRate × 365` and a page's own APR for the same price
 * differ in the last digits.
 */
export const sameRate = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
