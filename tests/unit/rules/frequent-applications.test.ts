import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../utils/model/types';
import { describeAlert } from '../../../utils/rules/describe';
import { ago, event, history, NOW, run, shuffled, withSettings } from './support/history';

const inquiry = (days: number, extra: Partial<HistoryEvent> = {}) =>
  event('inquiry', days, { reason: '贷款审批', lender: '某消费金融', ...extra });
const checks = (days: number[]) => history({ events: days.map((d) => inquiry(d)) });

describe('frequent-applications', () => {
  it('warns at 3 hard inquiries in 30 days, as a whole-picture alert', () => {
    const [a, ...rest] = run('frequent-applications', checks([25, 10, 2]));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ rule: 'frequent-applications', severity: 'warning', at: ago(2), grade: 3 });
    expect(a!.accountId).toBeUndefined();
    expect(a!.evidence).toMatchObject({ inWindow: 3, threshold: 3, windowDays: 30, inCriticalWindow: 3, latestAt: ago(2) });
    expect(a!.evidence.dates).toEqual([ago(25), ago(10), ago(2)]);
  });

  it('fires exactly at the threshold, not below it, and the window is (now − 30 days, now]', () => {
    expect(run('frequent-applications', checks([10, 2]))).toEqual([]);
    expect(run('frequent-applications', checks([30, 10, 2]))).toEqual([]);
    expect(run('frequent-applications', checks([29.9, 10, 2]))).toHaveLength(1);
  });

  it('is critical at 6 in 90 days, even when the last month was quiet', () => {
    // Never 3 within 30 days: the run (a warning at 5 in 90 days) starts when the fifth came.
    const [a] = run('frequent-applications', checks([89, 73, 57, 41, 25, 9]));
    expect(a).toMatchObject({ severity: 'critical', at: ago(25), grade: 6, evidence: { inWindow: 2, inCriticalWindow: 6 } });
    // 55, 40, 35 days ago made three in 30 days; the sixth (31) came before that ran out: one run.
    expect(run('frequent-applications', checks([85, 70, 55, 40, 35, 31]))[0]).toMatchObject({
      severity: 'critical',
      at: ago(35),
      evidence: { inWindow: 0 },
    });
    // Five in 90 days is a warning (version 2); four is nothing.
    expect(run('frequent-applications', checks([85, 70, 55, 40, 31]))[0]).toMatchObject({
      severity: 'warning',
      evidence: { inCriticalWindow: 5 },
    });
    expect(run('frequent-applications', checks([90, 70, 55, 40, 35, 31]))[0]).toMatchObject({ severity: 'warning' });
    expect(run('frequent-applications', checks([90, 70, 55, 40, 31]))).toEqual([]);
    // Five in 90 days (80 … 10) already warned; the critical sixth continues that run.
    expect(run('frequent-applications', checks([80, 60, 40, 20, 10, 5]))[0]).toMatchObject({ severity: 'critical', at: ago(10) });
  });

  it('dates the alert from the start of its current run', () => {
    // 28, 20, 15 days ago: three in 30 days from day 15 on; 5 days ago keeps the run going.
    expect(run('frequent-applications', checks([28, 20, 15, 5]))[0]).toMatchObject({ at: ago(15), evidence: { inWindow: 4 } });
    // An old burst ended long ago: the new run starts with the new third inquiry.
    expect(run('frequent-applications', checks([100, 95, 91, 20, 12, 5]))[0]).toMatchObject({ severity: 'warning', at: ago(5) });
  });

  it('leaves out post-loan management and self-checks, however they are written', () => {
    const h = history({
      events: [
        inquiry(20, { reason: '贷后管理' }),
        inquiry(18, { reason: '本人查询（互联网个人信用信息服务平台）' }),
        inquiry(16, { reason: '本人查询(临柜)' }),
        inquiry(14, { reason: ' 贷后 管理 ' }),
        inquiry(12, { reason: undefined, lender: '本人' }),
        inquiry(10, { reason: 'Post-loan management' }),
        inquiry(9, { reason: 'self inquiry', lender: undefined }),
        inquiry(8),
        inquiry(4, { reason: '信用卡审批' }),
      ],
    });
    expect(run('frequent-applications', h)).toEqual([]);
    // Any other reason, or none, is a hard inquiry (担保资格审查 included: the contract lists two exceptions).
    const more = history({ events: [...h.events, inquiry(3, { reason: undefined }), inquiry(2, { reason: '担保资格审查' })] });
    expect(run('frequent-applications', more)[0]).toMatchObject({ evidence: { inWindow: 4, inquiries: 4, applications: 0 } });
  });

  it('counts applications too, but an application and the inquiry it caused once', () => {
    const h = history({
      events: [
        event('application', 10, { lender: '招联消费金融', outcome: 'approved' }),
        inquiry(9, { lender: '招联消费金融 有限公司/ZL01' }),
        event('application', 3, { outcome: 'rejected' }),
        event('account-opened', 2, { lender: '招联' }),
      ],
    });
    expect(run('frequent-applications', h)).toEqual([]);
    const more = history({ events: [...h.events, event('application', 20, { lender: '招联消费金融' })] });
    const [a] = run('frequent-applications', more);
    expect(a).toMatchObject({ severity: 'warning', evidence: { inWindow: 3, inquiries: 1, applications: 2 } });
  });

  it('counts a mortgage application and its bank inquiries once each: a warning, not critical', () => {
    const h = history({
      events: [
        event('application', 20, { lender: '建设银行' }),
        inquiry(19, { lender: '中国建设银行股份有限公司' }),
        event('application', 15, { lender: '招商银行' }),
        inquiry(14, { lender: '招商银行股份有限公司/CMB001' }),
        event('application', 10, { lender: '工商 银行' }),
        inquiry(9, { lender: '工商银行股份有限公司' }),
      ],
    });
    // 建设银行 vs 中国建设银行 are different names to the rule: four checks, still below six.
    const [a] = run('frequent-applications', h);
    expect(a).toMatchObject({ severity: 'warning', evidence: { inWindow: 4 } });
  });

  it('counts one loan shopped at several banks within 14 days once for the critical level only', () => {
    // Six 贷款审批 inquiries from six banks in three weeks: one mortgage shopped around (two runs
    // of 14 days), plus nothing else — a warning (each inquiry counts for it), never critical.
    const banks = [
      '中国建设银行股份有限公司',
      '中国工商银行股份有限公司',
      '中国银行股份有限公司',
      '招商银行股份有限公司/CMB001',
      '交通银行',
      '兴业银行',
    ];
    const shopping = banks.map((lender, i) => inquiry(30 - i * 4, { lender }));
    const [a] = run('frequent-applications', history({ events: shopping }));
    expect(a).toMatchObject({ severity: 'warning', evidence: { inCriticalWindow: 6, criticalCounted: 2, shoppedFolded: 4 } });
    expect(describeAlert(a!, 'zh', new Map()).detail).toContain('按同一笔贷款计一次（合并了 4 次）');
    expect(describeAlert(a!, 'en', new Map()).detail).toContain('count as one loan shopped around (4 merged)');
    // The same six from non-banks, or for card approvals, are six checks: critical.
    const lenders = history({ events: banks.map((_, i) => inquiry(30 - i * 4, { lender: `某消费金融${i}` })) });
    expect(run('frequent-applications', lenders)[0]).toMatchObject({
      severity: 'critical',
      evidence: { criticalCounted: 6, shoppedFolded: 0 },
    });
    const cards = history({ events: banks.map((lender, i) => inquiry(30 - i * 4, { lender, reason: '信用卡审批' })) });
    expect(run('frequent-applications', cards)[0]).toMatchObject({ severity: 'critical' });
    // The mortgage next to five other hard checks: 1 + 5 = 6, critical after all.
    const spree = [10, 20, 35, 50, 60].map((d) => inquiry(d, { lender: `某网贷${d}` }));
    expect(run('frequent-applications', history({ events: [...shopping.slice(0, 3), ...spree] }))[0]).toMatchObject({
      severity: 'critical',
      evidence: { criticalCounted: 6, shoppedFolded: 2 },
    });
    // Bank loan inquiries months apart are separate loans.
    const apart = [88, 70, 52, 34, 16, 5, 1].map((d, i) => inquiry(d, { lender: [...banks, '浦发银行'][i] }));
    expect(run('frequent-applications', history({ events: apart }))[0]).toMatchObject({
      severity: 'critical',
      evidence: { shoppedFolded: 1 },
    });
  });

  it('reads the shopping span from its setting', () => {
    const banks = ['建设银行', '工商银行', '中国银行', '招商银行', '交通银行', '兴业银行'];
    const h = history({ events: banks.map((lender, i) => inquiry(40 - i * 6, { lender })) });
    expect(run('frequent-applications', h)[0]).toMatchObject({ severity: 'warning', evidence: { criticalCounted: 2 } });
    expect(run('frequent-applications', h, NOW, withSettings('frequent-applications', { shoppingDays: 1 }))[0]).toMatchObject({
      severity: 'critical',
      evidence: { criticalCounted: 6, shoppedFolded: 0 },
    });
  });

  it('stays quiet on occasional inquiries and routine post-loan checks', () => {
    const occasional = [350, 290, 200, 130, 75, 20].map((d) => inquiry(d));
    const routine = Array.from({ length: 12 }, (_, i) => inquiry(5 + i * 30, { reason: '贷后管理', lender: '招商银行' }));
    expect(run('frequent-applications', history({ events: [...occasional, ...routine] }))).toEqual([]);
  });

  it('ignores events after now, duplicates and input order', () => {
    expect(run('frequent-applications', checks([10, 2, -1, -3]))).toEqual([]);
    const twice = history({ events: shuffled([inquiry(10), inquiry(10), inquiry(2), inquiry(2)]) });
    expect(run('frequent-applications', twice)).toEqual([]);
    const h = history({ events: shuffled([inquiry(10), inquiry(10), inquiry(6, { lender: 'B' }), inquiry(2), inquiry(2)]) });
    const [a] = run('frequent-applications', h);
    expect(a).toMatchObject({ at: ago(2), evidence: { inWindow: 3 } });
    expect(a).toEqual(run('frequent-applications', history({ events: [...h.events].reverse() }))[0]);
  });

  it('uses the thresholds it is given', () => {
    const h = checks([40, 20, 2]);
    expect(run('frequent-applications', h)).toEqual([]);
    expect(run('frequent-applications', h, NOW, withSettings('frequent-applications', { count: 2 }))[0]).toMatchObject({
      severity: 'warning',
    });
    expect(run('frequent-applications', h, NOW, withSettings('frequent-applications', { criticalCount: 3 }))[0]).toMatchObject({
      severity: 'critical',
    });
    expect(run('frequent-applications', h, NOW, withSettings('frequent-applications', { windowDays: 45 }))[0]).toMatchObject({
      at: ago(2),
    });
  });

  it('says what happened in both languages, citing the figures as commonly cited', () => {
    const [a] = run('frequent-applications', checks([25, 10, 2]));
    const zh = describeAlert(a!, 'zh', new Map(), { timeZone: 'Asia/Shanghai' });
    const en = describeAlert(a!, 'en', new Map(), { timeZone: 'Asia/Shanghai' });
    expect(zh.title).toBe('近期征信硬查询过多');
    expect(zh.detail).toContain('近 30 天有 3 次硬查询或贷款申请');
    expect(zh.detail).toContain('常被引用');
    expect(zh.detail).toContain('2026年11月21日');
    expect(en.title).toBe('Many hard credit checks recently');
    expect(en.detail).toContain('3 hard inquiries or credit applications in the last 30 days');
    expect(en.detail).toContain('commonly cited');
    expect(`${zh.detail} ${en.detail}`).not.toContain('?');
    expect(zh.advice.join('')).toContain('硬查询');
  });
});
