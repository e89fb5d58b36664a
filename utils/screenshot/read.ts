// The screen reader: a screenshot's recognised lines (utils/ocr) become the observation it shows, each
// field tied to the boxes it was read from, or the reason it shows no account. Pure: lines in, a
// reading out, the same in the extension's worker, in Node (`extract -- shot.png`) and in tests.
import { classifyStatus, increaseInText, STATUS_RANK } from '../extract/status';
import type { Status } from '../model/types';
import { INCREASE_DISABLED_BESIDE } from '../lexicon/status';
import { alternation } from '../lexicon/patterns';
import { readFields, repeatAt } from './fields';
import { type Line, toLines } from './layout';
import { productNamed } from '../products';
import { titleLine, whichAccount } from './product';
import { isAd, isChatty, STATUS_BAR } from './text';
import { takenTime } from './time';
import type { ScreenFieldRead, ScreenInput, ScreenObservation, ScreenRead } from './types';

/** The worst status the screen's own notices state (ads never speak for the account). */
function readStatus(lines: readonly Line[]): ScreenFieldRead | undefined {
  let best: ScreenFieldRead | undefined;
  for (const l of lines) {
    if (isAd(l.text)) continue;
    const c = classifyStatus(l.text);
    if (c && (!best || STATUS_RANK[c.status] > STATUS_RANK[best.value as Status])) {
      best = { field: 'status', value: c.status, text: l.text, boxes: [l.box] };
    }
  }
  return best;
}

const DISABLED_BESIDE = new RegExp(`^(?:${alternation(INCREASE_DISABLED_BESIDE)})$`);
/** A line to the right of `l` on its row: their vertical middles within half of `l`'s height. */
const besideOnRow = (l: Line, o: Line) =>
  o !== l && o.box[0] >= l.box[2] && Math.abs((o.box[1] + o.box[3]) / 2 - (l.box[1] + l.box[3]) / 2) <= (l.box[3] - l.box[1]) / 2;

/** The 提额 entry: closed wherever a line says so (or the entry's row says 暂不可用), else offered where a line offers it. */
function readIncrease(lines: readonly Line[]): ScreenFieldRead | undefined {
  let offered: ScreenFieldRead | undefined;
  for (const l of lines) {
    if (isAd(l.text)) continue;
    const v = increaseInText(l.text);
    if (v === false) return { field: 'increaseAvailable', value: false, text: l.text, boxes: [l.box] };
    if (!v) continue;
    const off = lines.find((o) => besideOnRow(l, o) && DISABLED_BESIDE.test(o.text.trim()));
    if (off) return { field: 'increaseAvailable', value: false, text: `${l.text} ${off.text}`, boxes: [l.box, off.box] };
    offered ??= { field: 'increaseAvailable', value: true, text: l.text, boxes: [l.box] };
  }
  return offered;
}

/** A chat: most lines below the title are sentences people type to each other. */
function looksLikeChat(content: readonly Line[]): boolean {
  const chatty = content.filter((l) => isChatty(l.text)).length;
  return chatty >= 2 && chatty * 2 >= content.length;
}

/** The observation of one account's lines, or none when they show neither a figure nor a notice. */
function observe(lines: readonly Line[], who: ReturnType<typeof whichAccount>, at?: string): ScreenObservation | undefined {
  const fields = readFields(lines);
  const status = readStatus(lines);
  const increase = readIncrease(lines);
  // "去借钱" alone is no account: an ad's button says it too. A figure or a notice about the line is.
  if (!fields.length && (!status || status.value === 'normal')) return undefined;
  const bottom = (f: ScreenFieldRead) => f.boxes[f.boxes.length - 1]![1];
  const all = [...fields, ...(status ? [status] : []), ...(increase ? [increase] : [])].sort((a, b) => bottom(a) - bottom(b));
  return {
    ...who,
    ...Object.fromEntries(fields.map((f) => [f.field, f.value])),
    status: (status?.value as Status | undefined) ?? 'unknown',
    ...(status && { statusText: status.text.slice(0, 200) }),
    ...(increase && { increaseAvailable: increase.value as boolean }),
    ...(at && { at }),
    fields: all,
  };
}

type Who = ReturnType<typeof whichAccount>;

/**
 * A screen showing products under headings (京东金融's home: a 白条 block, then a 金条 block) is read
 * block by block, each from its heading down to the next; what is above the first heading belongs to
 * the product the title or the file names, if any. No heading: the whole screen is one account.
 */
function accountsOf(lines: readonly Line[], height: number, fileName?: string): { who: Who; lines: Line[] }[] {
  const title = titleLine(lines, height);
  const headings = lines.filter((l) => l !== title && !isAd(l.text) && isHeading(l.text));
  if (!headings.length) return [{ who: whichAccount(lines, height, fileName), lines: [...lines] }];
  const top = lines.filter((l) => l.box[1] < headings[0]!.box[1] - 1);
  const parts = [
    { who: whichAccount(top, height, fileName), lines: top },
    ...headings.map((h, i) => {
      const end = headings[i + 1]?.box[1] ?? Infinity;
      return { who: whichAccount([h], height), lines: lines.filter((l) => l.box[1] >= h.box[1] - 1 && l.box[1] < end) };
    }),
  ];
  // Blocks of one product in a row (a title 借呗 and a heading 蚂蚁借呗 under it) are one account.
  const merged: typeof parts = [];
  for (const p of parts.flatMap(splitRepeat)) {
    const last = merged[merged.length - 1];
    if (last && p.who.accountId && last.who.accountId === p.who.accountId) last.lines.push(...p.lines);
    else merged.push({ who: p.who, lines: [...p.lines] });
  }
  return merged;
}

/** A block naming a field twice holds a second block whose heading was not read: that one is nobody's. */
function splitRepeat(part: { who: Who; lines: Line[] }): { who: Who; lines: Line[] }[] {
  const y = repeatAt(part.lines);
  if (y === undefined) return [part];
  return [
    { who: part.who, lines: part.lines.filter((l) => l.box[1] < y) },
    { who: {}, lines: part.lines.filter((l) => l.box[1] >= y) },
  ];
}

/** A heading that is a product's name by itself (白条, 京东金条, 我的白条, 金条额度). */
function isHeading(text: string): boolean {
  const p = productNamed(text);
  return !!p && p.names.some((n) => new RegExp(`^(?:我的)?${n}(?:额度)?$`).test(text));
}

export function readScreen(input: ScreenInput): ScreenRead {
  const when = takenTime(input.fileName, input.fileTime, input.now);
  const base: Omit<ScreenRead, 'observations'> = when ?? {};
  // The phone's status bar (time, network, battery) is the top strip's lines without words.
  const lines = toLines(input.lines).filter((l) => !(l.box[1] < input.height * 0.08 && STATUS_BAR.test(l.text)));
  if (!lines.length) return { ...base, observations: [], notAccount: 'no-text' };
  const title = titleLine(lines, input.height);
  if (looksLikeChat(lines.filter((l) => l !== title))) return { ...base, observations: [], notAccount: 'chat' };
  const observations = accountsOf(lines, input.height, input.fileName).flatMap((a) => observe(a.lines, a.who, when?.takenAt) ?? []);
  if (observations.length) return { ...base, observations };
  return { ...base, observations: [], notAccount: lines.some((l) => isAd(l.text)) ? 'advert' : 'no-figures' };
}
