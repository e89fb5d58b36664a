// The screen reader: a screenshot's recognised lines (utils/ocr) become the observation it shows, each
// field tied to the boxes it was read from, or the reason it shows no account. Pure: lines in, a
// reading out, the same in the extension's worker, in Node (`extract -- shot.png`) and in tests.
import { classifyStatus, increaseInText, STATUS_RANK } from '../extract/status';
import type { Status } from '../model/types';
import { readFields } from './fields';
import { type Line, toLines } from './layout';
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

/** The 提额 entry: closed wherever a line says so, else offered where a line offers it. */
function readIncrease(lines: readonly Line[]): ScreenFieldRead | undefined {
  let offered: ScreenFieldRead | undefined;
  for (const l of lines) {
    if (isAd(l.text)) continue;
    const v = increaseInText(l.text);
    if (v === false) return { field: 'increaseAvailable', value: false, text: l.text, boxes: [l.box] };
    if (v) offered ??= { field: 'increaseAvailable', value: true, text: l.text, boxes: [l.box] };
  }
  return offered;
}

/** A chat: most lines below the title are sentences people type to each other. */
function looksLikeChat(content: readonly Line[]): boolean {
  const chatty = content.filter((l) => isChatty(l.text)).length;
  return chatty >= 2 && chatty * 2 >= content.length;
}

export function readScreen(input: ScreenInput): ScreenRead {
  const when = takenTime(input.fileName, input.fileTime, input.now);
  const base: Omit<ScreenRead, 'observations'> = when ?? {};
  // The phone's status bar (time, network, battery) is the top strip's lines without words.
  const lines = toLines(input.lines).filter((l) => !(l.box[1] < input.height * 0.08 && STATUS_BAR.test(l.text)));
  if (!lines.length) return { ...base, observations: [], notAccount: 'no-text' };
  const title = titleLine(lines, input.height);
  if (looksLikeChat(lines.filter((l) => l !== title))) return { ...base, observations: [], notAccount: 'chat' };

  const fields = readFields(lines);
  const status = readStatus(lines);
  const increase = readIncrease(lines);
  // "去借钱" alone is no account: an ad's button says it too. A figure or a notice about the line is.
  if (!fields.length && (!status || status.value === 'normal')) {
    return { ...base, observations: [], notAccount: lines.some((l) => isAd(l.text)) ? 'advert' : 'no-figures' };
  }
  const all = [...fields, ...(status ? [status] : []), ...(increase ? [increase] : [])].sort(
    (a, b) => a.boxes[a.boxes.length - 1]![1] - b.boxes[b.boxes.length - 1]![1],
  );
  const observation: ScreenObservation = {
    ...whichAccount(lines, input.height, input.fileName),
    ...Object.fromEntries(fields.map((f) => [f.field, f.value])),
    status: (status?.value as Status | undefined) ?? 'unknown',
    ...(status && { statusText: status.text.slice(0, 200) }),
    ...(increase && { increaseAvailable: increase.value as boolean }),
    ...(when && { at: when.takenAt }),
    fields: all,
  };
  return { ...base, observations: [observation] };
}
