// `npm run --silent assess -- <history.json> [--now ISO] [--format json|text] [--lang en]` (cli.md):
// the early-warning rules on a history file, on the extension's own engine code.
import { readFile } from 'node:fs/promises';
import { parseHistory } from '../utils/model/history-schema';
import { assessHistory, assessmentText } from '../utils/rules/assessment';

const usage = 'usage: npm run --silent assess -- <history.json> [--now <ISO time>] [--format json|text] [--lang zh|en]';

function die(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

/** Takes `--name value` out of args; undefined when absent. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) die(`assess: ${name} needs a value. ${usage}`);
  args.splice(i, 2);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const nowArg = option(args, '--now');
  const format = option(args, '--format') ?? 'json';
  const lang = option(args, '--lang') ?? 'zh';
  if (format !== 'json' && format !== 'text') die(`assess: --format must be json or text. ${usage}`);
  if (lang !== 'zh' && lang !== 'en') die(`assess: --lang must be zh or en. ${usage}`);
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) die(`assess: unknown option ${unknown}. ${usage}`);
  const file = args[0];
  if (!file || args.length > 1) die(`assess: give exactly one history file. ${usage}`);
  const now = nowArg === undefined ? new Date() : new Date(nowArg);
  if (!Number.isFinite(now.getTime()) || (nowArg !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(nowArg)))
    die(`assess: --now is not an ISO time: ${nowArg}`);

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    die(`assess: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    die(`assess: ${file}: not JSON`);
  }
  const parsed = parseHistory(json);
  // The path and what was expected there; never the value (it may be an amount).
  if (!parsed.ok) die(`assess: ${file}: ${parsed.path || '(file)'}: expected ${parsed.expected ?? 'a valid value'}`);
  const assessment = assessHistory(parsed.file, now, lang);
  process.stdout.write(format === 'json' ? JSON.stringify(assessment, null, 2) + '\n' : assessmentText(assessment, lang));
}

main(process.argv.slice(2)).catch((e: unknown) => die(`assess: ${(e as Error).message}`));
