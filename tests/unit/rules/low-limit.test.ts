import { describe, expect, it } from 'vitest';
import { describeAlert } from '../../../utils/rules/describe';
import { history, obs, run } from './support/history';

describe('low-limit', () => {
  it('fires under the line and not at it', () => {
    const [a] = run('low-limit', history({ observations: [obs('hb', 3, { totalLimit: 500 })] }));
    expect(a).toMatchObject({ rule: 'low-limit', severity: 'info', evidence: { totalLimit: 500, threshold: 1000 } });
    expect(run('low-limit', history({ observations: [obs('hb', 3, { totalLimit: 1000 })] }))).toEqual([]);
    expect(describeAlert(a!, 'en', new Map()).title).toBe('hb: very low limit');
  });
});
