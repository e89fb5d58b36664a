// `npm run --silent assess -- <history.json> [--now ISO] [--format json|text] [--lang en]` (cli.md):
// the early-warning rules on a history file, on the extension's own engine code.
import { readFile } from 'node:fs/promises';
import { looksSealed, open, type SealProblem } from '../utils/history-seal';
import { parseHistory } from '../utils/model/history-schema';
import { assessHistory, assessmentText } from '../utils/rules/assessment';

const usage =
  'usage: npm run --silent assess -- <history.json> [--now <ISO time>] [--format json|text] [--lang zh|en] [--password-file <file>] (or LIMIT_SENTINEL_PASSWORD for a sealed file)';

const sealProblems: Record<SealProblem, string> = {
  'wrong-password-or-changed': 'the password is wrong, or the sealed file was changed after it was sealed (the two cannot be told apart)',
  'not-sealed': 'not a sealed history file',
  invalid: 'the sealed file is damaged or cut short',
  'iterations-too-low': 'the sealed file uses fewer than 600,000 PBKDF2 iterations; it is refused',
};

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
  const passwordFile = option(args, '--password-file');
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
  if (looksSealed(text)) text = await unseal(file, text, passwordFile);
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

/** A sealed file opened with the password from --password-file, else LIMIT_SENTINEL_PASSWORD. */
async function unseal(file: string, text: string, passwordFile: string | undefined): Promise<string> {
  let password = process.env.LIMIT_SENTINEL_PASSWORD;
  if (passwordFile !== undefined) {
    try {
      // One trailing line break is the editor's, not the password's.
      password = (await readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '');
    } catch (e) {
      die(`assess: cannot read the password file ${passwordFile}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  }
  if (!password) die(`assess: ${file} is sealed: give its password with --password-file <file> or LIMIT_SENTINEL_PASSWORD`);
  const opened = await open(text, password);
  if (!opened.ok) die(`assess: ${file}: ${sealProblems[opened.problem]}`);
  return opened.text;
}

main(process.argv.slice(2)).catch((e: unknown) => die(`assess: ${(e as Error).message}`));
