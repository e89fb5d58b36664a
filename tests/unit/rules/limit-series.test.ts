import { describe, expect, it } from 'vitest';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { limitSeries } from '../../../utils/rules/limit-series';
import { ago, history, NOW, obs } from './support/history';

const seriesOf = (h: ReturnType<typeof history>) => limitSeries(buildHistoryView(h, NOW).accounts[0]!, NOW.getTime());

describe('limit series for the sparkline', () => {
  it('keeps the value at the window start, each change as a step, and the last sighting', () => {
    const h = history({
      observations: [
        obs('jd', 400, { totalLimit: 60000 }),
        obs('jd', 200, { totalLimit: 50000 }, { lastSeenAt: ago(60) }),
        obs('jd', 30, { totalLimit: 40000 }),
        obs('jd', 20, { totalLimit: 40000, availableLimit: 10 }, { lastSeenAt: ago(2) }),
      ],
    });
    expect(seriesOf(h)).toEqual({
      metric: 'totalLimit',
      points: [
        { at: ago(180), value: 50000 },
        { at: ago(60), value: 50000 },
        { at: ago(30), value: 40000 },
        { at: ago(2), value: 40000 },
      ],
    });
  });

  it('falls back to the available amount, and gives nothing without amounts', () => {
    expect(seriesOf(history({ observations: [obs('a', 10, { availableLimit: 5 }), obs('a', 5, { availableLimit: 3 })] }))?.metric).toBe(
      'availableLimit',
    );
    expect(seriesOf(history({ observations: [obs('a', 10, { status: 'frozen' })] }))).toBeUndefined();
  });

  it('caps the number of points', () => {
    const h = history({ observations: Array.from({ length: 100 }, (_, i) => obs('a', 100 - i, { totalLimit: 1000 + (i % 2) })) });
    expect(limitSeries(buildHistoryView(h, NOW).accounts[0]!, NOW.getTime(), 180, 60)!.points).toHaveLength(60);
  });
});
