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

  it('sets and clears the action badge', async () => {
    fakeBrowser.reset();
    await showBadge(fakeBrowser.action, { text: '3', color: BADGE_COLORS.critical });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc4, 0x21, 0x2b, 255]);
    await showBadge(fakeBrowser.action, { text: '' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
