import type { ExtractedObservation } from '../model/types';
import { detectIncrease, detectStatus, type PageText } from '../extract/status';
import { lenderPage, type PageStatus } from './define';
import { aggregatedLimits, JD_LINES, jdObservation, readAggregated } from './jd-baitiao';
import { amountOf, readFields } from './label-reader';

// 京东金融 (jr.jd.com). Where the page carries jd-baitiao.ts's hidden `#assetsAggregated` blob, it is
// read the same way; otherwise each product's block, found by its heading (京东白条 / 京东金条), names
// its limits with labels. Both feed the accounts jd-baitiao.ts writes (`jd-baitiao`, `jd-jintiao`).
// Product ads ("最高可借200,000", "年化利率7.2%起") name no label of these and record nothing.
const FIELDS = {
  availableLimit: ['可用额度', '剩余额度', '可借额度', '当前可借'],
  totalLimit: ['总额度', '信用额度', '借款额度'],
} as const;
const HEADING = /^(?:我的)?(?:京东)?([白金])条(?:额度)?$/;
/** How far above its heading a product's block may start. */
const MAX_DEPTH = 4;
/** Headings tried per product: a page repeating one endlessly is not read endlessly. */
const MAX_HEADINGS = 8;

type Block = { page: PageText; limits: Partial<Record<keyof typeof FIELDS, number>>; status?: PageStatus };

/**
 * The smallest box around a heading that shows a limit, else the largest one (up to MAX_DEPTH). A
 * heading titles what follows it: a box with an amount above the heading, or with a heading of the
 * other product (tabs and menus naming both), is not this product's block.
 */
function blockOf(page: PageText, heading: Element, others: Element[]): Block | undefined {
  let block: Block | undefined;
  for (let box = heading.parentElement, depth = 0; box && depth < MAX_DEPTH; box = box.parentElement, depth++) {
    if (others.some((o) => box!.contains(o))) break;
    const inside = page.els.filter((el) => box!.contains(el));
    const above = inside.slice(0, inside.indexOf(heading));
    if (above.some((el) => page.owns(el) && amountOf(page.text(el)) !== undefined)) break;
    block = { page: { ...page, els: inside }, limits: readFields(page, FIELDS, box) };
    if (Object.keys(block.limits).length) break;
  }
  return block;
}

const bad = (s: PageStatus): boolean => !!s && s.status !== 'normal';

function headings(page: PageText): Record<string, Element[]> {
  const found: Record<string, Element[]> = { 白: [], 金: [] };
  for (const el of page.els) {
    const m = page.owns(el) ? HEADING.exec(page.text(el)) : null;
    if (m) found[m[1]!]!.push(el);
  }
  return found;
}

export const jdFinance = lenderPage({
  id: 'jd-finance',
  name: { zh: '京东金融（白条 / 金条）', en: 'JD Finance (Baitiao / Jintiao)' },
  matches: ['https://jr.jd.com/*'],
  home: 'https://jr.jd.com/',
  accounts(doc, words) {
    const data = readAggregated(doc);
    const page = words.page();
    const found = headings(page);
    const observations: ExtractedObservation[] = [];
    for (const line of JD_LINES) {
      const [own, other] = line.key === 'bill' ? [found['白']!, found['金']!] : [found['金']!, found['白']!];
      // A heading may repeat (a menu, an ad): the block that shows a limit, else one that says what
      // is wrong (暂无可用额度), else the first.
      const blocks = own.slice(0, MAX_HEADINGS).flatMap((h) => blockOf(page, h, other) ?? []);
      for (const b of blocks) b.status = detectStatus(doc, b.page);
      const block = blocks.find((b) => Object.keys(b.limits).length) ?? blocks.find((b) => bad(b.status)) ?? blocks[0];
      // Without the blob, the block's own words; with it, the blob's numbers and the page's words
      // where no block of this product is shown (as on baitiao.jd.com).
      const limits = data ? aggregatedLimits(data, line) : (block?.limits ?? {});
      const scope = block?.page ?? (data ? page : undefined);
      const status = block ? block.status : scope && detectStatus(doc, scope);
      const increase = scope && (block || line.key === 'bill') ? detectIncrease(doc, scope) : undefined;
      // A block that shows no limit counts only for what is wrong with it (暂无可用额度): a product
      // ad's 立即借款 button is no account.
      if (!Object.keys(limits).length && !(block && bad(status))) continue;
      observations.push(jdObservation(line, limits, status, increase));
    }
    return observations;
  },
});
