// When each alert reaches the person: the timing rules of issue 4, as a pure function of the stored
// alerts, the settings, the stored delivery state and `now`.
import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../../../utils/model/alert-record';
import { planDelivery, type PlanInput } from '../../../utils/notify/plan';
import { EMPTY_DELIVERY_STATE, type DeliveryState } from '../../../utils/notify/state';
import { local, settings, stored } from './support';

const plan = (alerts: AlertRecord[], now: Date, state: DeliveryState = EMPTY_DELIVERY_STATE, patch: Partial<PlanInput> = {}) =>
  planDelivery({ alerts, settings: settings(), state, now, lang: 'zh', ...patch });

/** Runs the planner at each time in turn, carrying its state, as the alarms would. */
function runAt(alerts: AlertRecord[], times: Date[], first: DeliveryState = EMPTY_DELIVERY_STATE) {
  let state = first;
  return times.map((now) => {
    const p = plan(alerts, now, state);
    state = p.state;
    return p;
  });
}

const ids = (p: { notices: { id: string }[] }) => p.notices.map((n) => n.id);
const digestDone = (at: Date): DeliveryState => ({ notified: {}, lastDigestAt: at.getTime() });
const critical = stored('limit-zeroed|jd-baitiao', 'critical', { grade: 5 });
// The 提额 entry closed months before the cut: another change of the same account, another line.
const warningA = stored('increase-closed|jd-baitiao', 'warning', { at: '2026-08-02T10:00:00.000Z' });
const warningB = stored('rate-increase|weilidai', 'warning');
const info = stored('stale-account|huabei', 'info');

describe('planDelivery', () => {
  it('notifies a critical alert at once, titled with the alert and a generic body', () => {
    const p = plan([critical], local(10), digestDone(local(9)));
    expect(p.notices).toEqual([
      { id: 'alert:limit-zeroed|jd-baitiao', title: 'jd-baitiao 额度下降', message: '严重预警。打开额度哨兵查看依据和建议。' },
    ]);
    expect(p.state.notified).toEqual({ 'limit-zeroed|jd-baitiao': { severity: 'critical', grade: 5 } });
    expect(p.wakeAt).toBe(local(9, 0, 1).getTime()); // the next digest
  });

  it('never notifies the same alert twice', () => {
    const [first, second, third] = runAt([critical], [local(10), local(10, 1), local(16)], digestDone(local(9)));
    expect(ids(first!)).toEqual(['alert:limit-zeroed|jd-baitiao']);
    expect(ids(second!)).toEqual([]);
    expect(ids(third!)).toEqual([]);
  });

  it('notifies again when the alert got worse, and not when it got better', () => {
    const first = plan([critical], local(10), digestDone(local(9)));
    const worse = plan([{ ...critical, grade: 6 }], local(11), first.state);
    expect(ids(worse)).toEqual(['alert:limit-zeroed|jd-baitiao']);
    expect(worse.state.notified['limit-zeroed|jd-baitiao']).toEqual({ severity: 'critical', grade: 6 });
    const better = plan([{ ...critical, grade: 2 }], local(12), worse.state);
    expect(ids(better)).toEqual([]);
    expect(better.state.notified['limit-zeroed|jd-baitiao']!.grade).toBe(6); // never lowered: no flapping
    // A warning that turns critical notifies at once, even though it was in a digest.
    const digest = plan([warningA], local(9), digestDone(local(9, 0, -1)));
    expect(ids(digest)).toEqual(['digest:2026-11-23']);
    expect(ids(plan([{ ...warningA, severity: 'critical' }], local(10), digest.state))).toEqual(['alert:increase-closed|jd-baitiao']);
  });

  it('forgets alerts that resolved, so one that comes back is news again', () => {
    const first = plan([critical], local(10), digestDone(local(9)));
    const resolved = plan([], local(11), first.state);
    expect(resolved.state.notified).toEqual({});
    expect(ids(plan([critical], local(12), resolved.state))).toEqual(['alert:limit-zeroed|jd-baitiao']);
  });

  it('delays notifications during quiet hours and delivers them when they end', () => {
    const [night, later, morning] = runAt([critical], [local(23), local(23, 30), local(8, 0, 1)], digestDone(local(9)));
    expect(night!.notices).toEqual([]);
    expect(night!.state.notified).toEqual({});
    expect(night!.wakeAt).toBe(local(8, 0, 1).getTime()); // the end of quiet hours
    expect(later!.notices).toEqual([]);
    expect(ids(morning!)).toEqual(['alert:limit-zeroed|jd-baitiao']);
  });

  it('does not notify late what the person already saw in the popup', () => {
    const night = plan([critical], local(23), digestDone(local(9)));
    expect(ids(plan([{ ...critical, state: 'seen' }], local(8, 0, 1), night.state))).toEqual([]);
    expect(ids(plan([{ ...critical, state: 'dismissed' }], local(10), digestDone(local(9))))).toEqual([]);
  });

  it('groups the warnings into one digest a day at the digest hour', () => {
    const [early, atNine, later] = runAt([warningA, warningB, critical], [local(7, 30), local(9), local(15)], digestDone(local(9, 0, -1)));
    expect(ids(early!)).toEqual([]); // quiet until 8, and the digest is at 9
    expect(early!.wakeAt).toBe(local(8).getTime());
    expect(ids(atNine!)).toEqual(['alert:limit-zeroed|jd-baitiao', 'digest:2026-11-23']);
    const digest = atNine!.notices[1]!;
    expect(digest.title).toBe('额度哨兵：2 条新预警');
    // The most recent line first (the 提额 entry closed in August).
    expect(digest.message).toBe('· weilidai 额度下降\n· jd-baitiao 额度下降\n点击查看依据和建议。');
    expect(Object.keys(atNine!.state.notified).sort()).toEqual([critical.id, warningA.id, warningB.id].sort());
    expect(ids(later!)).toEqual([]);
  });

  it('lets warnings raised after the digest wait for the next one', () => {
    const done = plan([], local(9), digestDone(local(9, 0, -1))).state;
    const afternoon = plan([warningA], local(15), done);
    expect(ids(afternoon)).toEqual([]);
    expect(afternoon.wakeAt).toBe(local(9, 0, 1).getTime());
    expect(ids(plan([warningA], local(9, 0, 1), afternoon.state))).toEqual(['digest:2026-11-24']);
  });

  it('sends a digest missed while the browser was closed, and one held by quiet hours, late', () => {
    expect(ids(plan([warningA], local(11), digestDone(local(9, 0, -1))))).toEqual(['digest:2026-11-23']);
    const s = { ...settings(), digestHour: 7 };
    const held = planDelivery({ alerts: [warningA], settings: s, state: digestDone(local(7, 0, -1)), now: local(7), lang: 'zh' });
    expect(ids(held)).toEqual([]);
    expect(held.wakeAt).toBe(local(8).getTime());
    expect(ids(planDelivery({ alerts: [warningA], settings: s, state: held.state, now: local(8), lang: 'zh' }))).toEqual([
      'digest:2026-11-23',
    ]);
  });

  it('says how many more there are when the digest is long, in English too', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((x) => stored(`rate-increase|${x}`, 'warning'));
    const p = plan(many, local(9), digestDone(local(9, 0, -1)), { lang: 'en' });
    expect(p.notices).toEqual([
      {
        id: 'digest:2026-11-23',
        title: 'Limit Sentinel: 5 new warnings',
        message: '· a: limit cut\n· b: limit cut\n· c: limit cut\n2 more; click to see them.',
      },
    ]);
    expect(plan([warningA], local(9), digestDone(local(9, 0, -1)), { lang: 'en' }).notices[0]!.title).toBe('Limit Sentinel: 1 new warning');
  });

  it('never notifies info, nor a severity the person switched off', () => {
    expect(ids(plan([info], local(9), digestDone(local(9, 0, -1)), { settings: settings({ reminders: false }) }))).toEqual([]);
    const off = { ...settings(), notify: { critical: false, warning: false, info: true }, reminders: false };
    expect(
      planDelivery({ alerts: [critical, warningA, info], settings: off, state: EMPTY_DELIVERY_STATE, now: local(9), lang: 'zh' }).notices,
    ).toEqual([]);
  });

  it('ignores quiet hours when they are switched off', () => {
    const loud = { ...settings(), quietHours: { enabled: false, start: '22:00', end: '08:00' } };
    expect(ids(planDelivery({ alerts: [critical], settings: loud, state: digestDone(local(9)), now: local(23), lang: 'zh' }))).toEqual([
      'alert:limit-zeroed|jd-baitiao',
    ]);
  });

  it('notifies one cut of one account once, naming what else the cut raised', () => {
    const drop = stored('limit-drop|jd-baitiao', 'critical', { grade: 3, at: '2026-11-19T08:00:00.000Z' });
    const worse = stored('status-worsened|jd-baitiao', 'warning', { at: '2026-11-21T08:00:00.000Z' });
    const p = plan([critical, drop, worse], local(10), digestDone(local(9)));
    expect(p.notices).toEqual([
      {
        id: 'alert:limit-drop|jd-baitiao',
        title: 'jd-baitiao 额度下降',
        message: '同时：额度清零 · 账户状态变差\n严重预警。打开额度哨兵查看依据和建议。',
      },
    ]);
    // Every alert of the line counts as notified (the warning does not come again in the digest).
    expect(Object.keys(p.state.notified).sort()).toEqual([critical.id, drop.id, worse.id].sort());
    expect(ids(plan([critical, drop, worse], local(9, 0, 1), p.state))).toEqual([]);
    // A later alert of the same change is news: it notifies, titled by itself, with the line's others named.
    const frozen = stored('increase-closed|jd-baitiao', 'critical', { at: '2026-11-22T08:00:00.000Z' });
    const again = plan([critical, drop, worse, frozen], local(11), p.state);
    expect(again.notices.map((n) => [n.id, n.message.split('\n')[0]])).toEqual([
      ['alert:increase-closed|jd-baitiao', '同时：额度下降 · 额度清零 · 账户状态变差'],
    ]);
  });

  it('groups several lines raised together into one notification that opens the list', () => {
    const other = stored('limit-drop|jiebei', 'critical', { grade: 3 });
    const drop = stored('limit-drop|jd-baitiao', 'critical', { grade: 3 });
    const p = plan([critical, drop, other], local(10), digestDone(local(9)));
    expect(p.notices).toEqual([
      {
        id: `urgent:${local(10).getTime()}`,
        title: '额度哨兵：2 条严重预警',
        message: '· jd-baitiao 额度下降（同时：额度清零）\n· jiebei 额度下降\n点击查看依据和建议。',
      },
    ]);
    expect(Object.keys(p.state.notified).sort()).toEqual([critical.id, drop.id, other.id].sort());
    expect(ids(plan([critical, drop, other], local(11), p.state))).toEqual([]);
  });

  it('puts a line whose owed alerts are warnings in the digest, titled by its most severe owed alert', () => {
    const seenDrop = stored('limit-drop|jd-baitiao', 'critical', { state: 'seen' });
    const worse = stored('status-worsened|jd-baitiao', 'warning', { at: '2026-11-21T08:00:00.000Z' });
    const p = plan([seenDrop, worse, warningB], local(9), digestDone(local(9, 0, -1)));
    expect(p.notices.map((n) => n.title)).toEqual(['额度哨兵：2 条新预警']);
    expect(p.notices[0]!.message).toBe('· jd-baitiao 额度下降（同时：额度下降）\n· weilidai 额度下降\n点击查看依据和建议。');
  });
});

describe('stale-account reminders', () => {
  const staleA = stored('stale-account|huabei', 'info', {
    text: {
      zh: { title: '花呗 有一段时间没查看了', detail: '', advice: [] },
      en: { title: 'Huabei: not checked lately', detail: '', advice: [] },
    },
  });
  const staleB = stored('stale-account|jiebei', 'info');
  const day = (d: number) => local(9, 0, d);

  it('come with the digest, once a week per account, however often the checks run', () => {
    const list = plan([staleA, staleB], day(0), digestDone(day(-1))).notices;
    expect(list).toEqual([
      {
        id: 'reminders:2026-11-23',
        title: '额度哨兵：2 个账户很久没查看了',
        message: '· 花呗 有一段时间没查看了\n· jiebei 额度下降\n点击查看依据和建议。',
      },
    ]);
    let state = digestDone(local(9, 0, -1));
    const sent: string[][] = [];
    // Checks every 6 hours for 15 days.
    for (let h = 0; h < 15 * 24; h += 6) {
      const p = plan([staleA, staleB], new Date(local(9).getTime() + h * 3600_000), state);
      state = p.state;
      if (p.notices.length) sent.push([String((h / 24) | 0), ...ids(p)]);
    }
    // Two accounts due together: one list, not two notifications.
    expect(sent).toEqual([
      ['0', 'reminders:2026-11-23'],
      ['7', 'reminders:2026-11-30'],
      ['14', 'reminders:2026-12-07'],
    ]);
  });

  it('say what to do, without amounts, in both languages', () => {
    const [zh] = plan([staleA], day(0), digestDone(day(-1))).notices;
    expect(zh).toEqual({
      id: 'remind:huabei',
      title: '花呗 有一段时间没查看了',
      message: '打开该机构的额度页面，让记录保持最新。点击前往。',
    });
    const [en] = plan([staleA], day(0), digestDone(day(-1)), { lang: 'en' }).notices;
    expect(en!.title).toBe('Huabei: not checked lately');
    expect(en!.message).not.toMatch(/\d/);
  });

  it('wait through quiet hours, and stop when switched off or dismissed', () => {
    const s = settings({ digestHour: 7 });
    const held = plan([staleA], local(7), digestDone(local(7, 0, -1)), { settings: s });
    expect(ids(held)).toEqual([]);
    expect(held.wakeAt).toBe(local(8).getTime());
    expect(ids(plan([staleA], local(8), held.state, { settings: s }))).toEqual(['remind:huabei']);
    expect(ids(plan([staleA], day(0), digestDone(day(-1)), { settings: settings({ reminders: false }) }))).toEqual([]);
    expect(ids(plan([{ ...staleA, state: 'dismissed' }], day(0), digestDone(day(-1))))).toEqual([]);
  });

  it('forget an account that was looked at, so its next stale spell reminds again', () => {
    const first = plan([staleA], day(0), digestDone(day(-1)));
    expect(first.state.reminded).toEqual({ huabei: day(0).getTime() });
    const fresh = plan([], day(1), first.state);
    expect(fresh.state.reminded).toBeUndefined();
    expect(ids(plan([staleA], day(3), fresh.state))).toEqual(['remind:huabei']);
  });

  it('send the one credit-report reminder once a week, opening its alert, with no figures', () => {
    const report = stored('stale-account|', 'info', {
      accountId: undefined,
      text: {
        zh: { title: '最新的征信报告已是 100 天前的', detail: '', advice: [] },
        en: { title: 'Your latest credit report is 100 days old', detail: '', advice: [] },
      },
    });
    const first = plan([report], day(0), digestDone(day(-1)));
    expect(first.notices).toEqual([
      {
        id: 'alert:stale-account|',
        title: '最新的征信报告已是 100 天前的',
        message: '查询一份新的个人信用报告并导入，让只出现在报告里的账户保持最新。点击查看。',
      },
    ]);
    expect(first.state.reminded).toEqual({ 'stale-account|': day(0).getTime() });
    expect(ids(plan([report], day(3), first.state))).toEqual([]);
    expect(ids(plan([report], day(7), first.state))).toEqual(['alert:stale-account|']);
    // With an account's reminder the same day: one list.
    expect(ids(plan([report, staleA], day(0), digestDone(day(-1))))).toEqual(['reminders:2026-11-23']);
    const [en] = plan([report], day(0), digestDone(day(-1)), { lang: 'en' }).notices;
    expect(en!.message).not.toMatch(/\d/);
  });
});
