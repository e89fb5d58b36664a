// Reading a credit report PDF: a 10-page 简版 (first generation) made from the report's real shapes —
// account sentences and query records — printed by Chromium as people save it, then read by the
// CLI's pdf.js and the report reader; median of repeated runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChrome } from '../lib/chromium';
import { nodePdfLoader } from '../lib/pdf-node';
import { pdfLines } from '../../utils/report/pdf-lines';
import { readReport } from '../../utils/report/read';
import { median } from './capture';

const BANKS = [
  '招商银行',
  '中国工商银行北京分行',
  '中国建设银行湖南省分行',
  '交通银行',
  '中信银行信用卡中心',
  '平安银行信用卡中心',
  '中国银行上海市分行',
  '广发银行',
];

/** A long first-generation 简版: `accounts` sentences and `queries` query rows. */
export function longReportHtml(accounts: number, queries: number): string {
  const li = Array.from({ length: accounts }, (_, i) => {
    const bank = BANKS[i % BANKS.length]!;
    const day = `${2008 + (i % 12)}年${1 + (i % 12)}月${1 + (i % 27)}日`;
    return i % 5 === 4
      ? `<li>${day}${bank}发放的${(i + 1) * 10_000}元（人民币）个人消费贷款，2030年1月1日到期。截至2026年2月，余额${(i + 1) * 731}。</li>`
      : `<li>${day}${bank}发放的贷记卡（人民币账户）。截至2026年2月，信用额度${(i + 1) * 1_000}，已使用额度${i * 37}。</li>`;
  }).join('\n');
  const rows = Array.from(
    { length: queries },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>2025年${1 + (i % 12)}月${1 + (i % 28)}日</td><td>${BANKS[i % BANKS.length]}/OP${i}</td><td>${i % 3 ? '贷款审批' : '信用卡审批'}</td></tr>`,
  ).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>个人信用报告</title></head><body>
<p><strong>个人信用报告</strong></p><p>报告编号：2026030600001234567890 查询时间：2026.03.06 10:11:12 报告时间：2026.03.06 10:11:13</p>
<p><strong>信用卡</strong></p><ol class="p olstyle"><span class="spanem">从未逾期过的贷记卡及透支未超过60天的准贷记卡账户明细如下：</span>
${li}</ol><p><strong>查询记录</strong></p><table border="1"><tr><td colspan="4">机构查询记录明细</td></tr><tr><td>编号</td><td>查询日期</td><td>查询操作员</td><td>查询原因</td></tr>
${rows}</table></body></html>`;
}

export async function reportPdfFigures(runs = 7): Promise<[string, number, string][]> {
  const dir = resolve('bench-out/report-pdf');
  mkdirSync(dir, { recursive: true });
  const html = join(dir, 'report.html');
  const pdf = join(dir, 'report.pdf');
  writeFileSync(html, longReportHtml(50, 280));
  execFileSync(
    findChrome() ?? '/usr/bin/chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`],
    { stdio: 'pipe' },
  );
  const bytes = new Uint8Array(readFileSync(pdf));
  const loader = await nodePdfLoader();
  const times: number[] = [];
  let pages = 0;
  let accounts = 0;
  let inquiries = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const read = await pdfLines(loader, bytes);
    if (!read.ok) throw new Error(`report PDF: ${read.problem}`);
    const report = readReport(read.lines);
    times.push(performance.now() - t);
    pages = read.pages;
    accounts = report.observations.length;
    inquiries = report.events.length;
  }
  return [
    ['report-pdf.pages', pages, 'pages'],
    ['report-pdf.accounts-read', accounts, 'accounts'],
    ['report-pdf.inquiries-read', inquiries, 'inquiries'],
    ['report-pdf.read-10-pages.median', Math.round(median(times)), 'ms'],
  ];
}
