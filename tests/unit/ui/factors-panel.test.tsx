// The factors panel on a real report (buildFactorReport on a history): each factor's name, value,
// line (the commonly cited one quoted as such), level in words, the alert it feeds, and the
// projection sentences; both languages; text only.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FactorsPanel } from '../../../components/dashboard/FactorsPanel';
import { buildFactorReport, type FactorReport } from '../../../utils/factors';
import { formatDateTime } from '../../../utils/format';
import { factorsEn } from '../../../utils/i18n/factors-en';
import { factorsZh } from '../../../utils/i18n/factors-zh';
import { buildHistoryView } from '../../../utils/rules/history-view';
import { DEFAULT_RULE_SETTINGS } from '../../../utils/rules/thresholds';
import { ago, event, history, NOW, obs } from '../rules/support/history';
import { inLang, useDom } from './support/dom';

const dom = useDom();

function sampleReport(): FactorReport {
  const h = history({
    observations: [obs('a', 20, { totalLimit: 10000, usedAmount: 2000 }), obs('a', 3, { totalLimit: 10000, usedAmount: 5000 })],
    events: [88, 85, 70, 60, 25, 10, 2].map((d) => event('inquiry', d, { reason: '贷款审批', lender: `L${d}<b>` })),
  });
  return buildFactorReport(buildHistoryView(h, NOW), DEFAULT_RULE_SETTINGS);
}

const row = (id: string) => dom.root.querySelector(`tr.factor[data-factor="${id}"]`)!;
const projection = (id: string) => dom.root.querySelector(`tr.factor-projection[data-factor="${id}"]`);
const cells = (id: string) => [...row(id).children].map((c) => c.textContent);

describe('FactorsPanel', () => {
  it('shows every factor with its value, line, level word and alert, in Chinese', () => {
    render(inLang('zh', <FactorsPanel report={sampleReport()} />), dom.root);
    expect(dom.root.querySelectorAll('tr.factor')).toHaveLength(9);
    expect(cells('inquiries-1m')).toEqual(['近 30 天硬查询', '3', '常见说法：1个月内不超过3次提醒阈值：≥ 3', '超出提醒已触发', '频繁申请']);
    expect(cells('inquiries-3m')[1]).toBe('7');
    expect(row('inquiries-3m').getAttribute('class')).toContain('factor-over');
    expect(cells('inquiries-6m').slice(2, 4)).toEqual(['无提醒阈值，仅供参考', '—']);
    expect(cells('utilization')).toEqual([
      '总使用率',
      '50%',
      '常见说法：超过70%为高，30%以下最受评分青睐提醒阈值：≥ 70%，持续 14 天',
      '接近',
      '使用率过高',
    ]);
    expect(cells('cash-lenders').slice(1, 4)).toEqual(['1', '常见说法：同时欠3家及以上网贷/现金贷即为多头借贷提醒阈值：≥ 3', '正常']);
    expect(row('utilization').getAttribute('class')).toContain('factor-near');
  });

  it('puts the projection under its factor: each fall and the day it is back under the line', () => {
    render(inLang('zh', <FactorsPanel report={sampleReport()} />), dom.root);
    const items = [...projection('inquiries-3m')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      `${formatDateTime('zh', ago(-2))} 降至 6`,
      `${formatDateTime('zh', ago(-5))} 降至 5`,
      `${formatDateTime('zh', ago(-20))} 降至 4`,
      `${formatDateTime('zh', ago(-30))} 降至 3`,
      `若没有新增，${formatDateTime('zh', ago(-20))} 回到提醒阈值以下`,
    ]);
    // Nothing to project where nothing ages out.
    expect(projection('cash-lenders')).toBeNull();
    expect(projection('utilization')).toBeNull();
  });

  it('speaks English too, with the same structure', () => {
    render(inLang('en', <FactorsPanel report={sampleReport()} />), dom.root);
    expect(dom.root.querySelector('h2')!.textContent).toBe('What drives the alerts');
    expect(cells('inquiries-1m')).toEqual([
      'Hard checks, last 30 days',
      '3',
      'Commonly cited: at most 3 in a monthAlert at 3 or more',
      'OverAlert on',
      'Frequent applications',
    ]);
    expect(projection('inquiries-1m')!.querySelector('.factor-within')!.textContent).toBe(
      `Back under the alert line on ${formatDateTime('en', ago(-5))} if nothing new happens`,
    );
    // Only the Chinese term the English line explains is left in Chinese.
    expect(dom.root.textContent!.replaceAll('多头借贷', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says so when there is nothing to show', () => {
    render(inLang('zh', <FactorsPanel report={{ now: NOW.toISOString(), factors: [] }} />), dom.root);
    expect(dom.root.querySelector('.factors-empty')!.textContent).toBe('还没有可计算的数据。');
  });

  it('has the same keys in both dictionaries and no empty text', () => {
    expect(Object.keys(factorsEn).sort()).toEqual(Object.keys(factorsZh).sort());
    for (const v of [...Object.values(factorsEn), ...Object.values(factorsZh)]) expect(v.trim()).not.toBe('');
  });
});
