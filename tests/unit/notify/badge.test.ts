import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS, showBadge } from '../../../utils/notify/badge';
import { stored } from './support';

describe('badge', () => {
  it('counts unseen warning-or-worse alerts and takes the colour of the worst', () => {
    const w = stored('rate-increase|a', 'warning');
    const c = stored('limit-zeroed|b', 'critical');
    expect(badgeFor([w, stored('stale-account|c', 'info')])).toEqual({ text: '1', color: BADGE_COLORS.warning });
    expect(badgeFor([w, c])).toEqual({ text: '2', color: BADGE_COLORS.critical });
    expect(badgeFor([{ ...c, state: 'seen' }, w])).toEqual({ text: '1', color: BADGE_COLORS.warning });
    expect(
      badgeFor([
        { ...c, state: 'dismissed' },
        { ...w, state: 'seen' },
      ]),
    ).toEqual({ text: '' });
    expect(badgeFor(Array.from({ length: 120 }, (_, i) => stored(`rate-increase|${i}`, 'warning'))).text).toBe('99+');
  });

  it('counts one cut of one account once: a line, not its alerts', () => {
    const drop = stored('limit-drop|jd', 'critical', { at: '2026-11-20T08:00:00.000Z' });
    const zeroed = stored('limit-zeroed|jd', 'critical', { at: '2026-11-20T08:00:00.000Z' });
    const worse = stored('status-worsened|jd', 'warning', { at: '2026-11-22T08:00:00.000Z' });
    expect(badgeFor([drop, zeroed, worse])).toEqual({ text: '1', color: BADGE_COLORS.critical });
    // Another change of the same account weeks earlier is another line.
    const closed = stored('increase-closed|jd', 'warning', { at: '2026-08-02T10:00:00.000Z' });
    expect(badgeFor([drop, zeroed, worse, closed]).text).toBe('2');
    // A line counts while one of its alerts is unseen, coloured by the worst unseen one.
    expect(badgeFor([{ ...drop, state: 'seen' }, { ...zeroed, state: 'dismissed' }, worse])).toEqual({
      text: '1',
      color: BADGE_COLORS.warning,
    });
    expect(
      badgeFor([
        { ...drop, state: 'seen' },
        { ...zeroed, state: 'seen' },
        { ...worse, state: 'seen' },
      ]),
    ).toEqual({ text: '' });
  });

  it('sets and clears the action badge', async () => {
    fakeBrowser.reset();
    await showBadge(fakeBrowser.action, { text: '3', color: BADGE_COLORS.critical });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc4, 0x21, 0x2b, 255]);
    await showBadge(fakeBrowser.action, { text: '' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
