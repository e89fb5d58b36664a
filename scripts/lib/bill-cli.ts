// `extract` without --url: a bill export (Alipay, WeChat, JD) → cli.md's object with the borrow/repay
// events. Kept apart from scripts/extract.ts so that a test can call it without spawning a process.
import { parseBill } from '../../utils/bills/parse';
import type { BillFormat } from '../../utils/bills/types';

export interface CliOutput {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

const NAMES: Record<BillFormat, string> = { alipay: 'Alipay', wechat: 'WeChat', jd: 'JD' };
const MAX_LISTED = 10;

export function billCommand(file: string, bytes: Uint8Array): CliOutput {
  const result = parseBill(bytes);
  if (!result.ok) {
    const problem =
      result.code === 'empty'
        ? `${file} is empty`
        : `${file} is not an Alipay, WeChat or JD bill export (no known header row); for a saved page give --url <url>`;
    return { code: 2, stdout: '', stderr: `extract: ${problem}\n` };
  }
  const out = { adapter: result.format, observations: [], events: result.events };
  // Credit rows that could not be read are named (line and why), never dropped without a word.
  const { unplaced } = result;
  const listed = unplaced.slice(0, MAX_LISTED).map((u) => `line ${u.line} (${u.reason})`);
  const more = unplaced.length > MAX_LISTED ? `, and ${unplaced.length - MAX_LISTED} more` : '';
  const stderr = unplaced.length
    ? `extract: ${NAMES[result.format]} bill: ${unplaced.length} credit row(s) not read: ${listed.join(', ')}${more}\n`
    : '';
  return { code: 0, stdout: JSON.stringify(out, null, 2) + '\n', stderr };
}
