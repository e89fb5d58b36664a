// `npm run --silent extract -- <page.html> --url <url>`: the content script's capture code on a saved
// page, as if the browser had it open at `url` (cli.md). Prints one JSON object.
// `npm run --silent extract -- <bill.csv>` (no --url): the borrow/repay events of a bill export.
// `npm run --silent extract -- <report.pdf>` (no --url): a credit report PDF, read as its web page is.
// `npm run --silent extract -- <shot.png|.jpg|.webp>` (no --url): a lending app's screenshot, by on-device OCR.
import { readFile, stat } from 'node:fs/promises';
import { adapters } from '../utils/adapters/registry';
import { captureFromDocument } from '../utils/capture/from-document';
import { billCommand } from './lib/bill-cli';
import { toCliShape } from './lib/cli-shape';
import { decodeHtml, parseDocument } from './lib/html';
import { nodePdfLoader } from './lib/pdf-node';
import { isPdf, reportCommand } from './lib/report-cli';
import { isPicture, isPictureName, screenshotCommand } from './lib/screenshot-cli';

const usage = 'usage: npm run --silent extract -- <page.html> --url <url> | <bill.csv> | <report.pdf> | <screenshot.png|.jpg|.webp>';

function die(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let url: string | undefined;
  const i = args.indexOf('--url');
  if (i >= 0) {
    url = args[i + 1];
    if (!url) die('extract: --url needs a value. ' + usage);
    args.splice(i, 2);
  }
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) die('extract: no file given. ' + usage);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    die(`extract: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  if (!url) {
    // A picture's name wins over its bytes: a PDF renamed .png is refused as not a picture.
    const out =
      isPictureName(file) || (!isPdf(bytes) && isPicture(bytes))
        ? await screenshotCommand(file, bytes, (await stat(file)).mtimeMs)
        : isPdf(bytes) || /\.pdf$/i.test(file)
          ? await reportCommand(file, bytes, await nodePdfLoader(), toCliShape)
          : billCommand(file, bytes);
    process.stderr.write(out.stderr);
    process.stdout.write(out.stdout);
    process.exitCode = out.code;
    return;
  }
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    die(`extract: not a URL: ${url}`);
  }
  const doc = parseDocument(decodeHtml(bytes));
  const result = captureFromDocument(doc, parsedUrl, adapters);
  process.stdout.write(JSON.stringify(toCliShape(result), null, 2) + '\n');
}

main(process.argv.slice(2)).catch((e: unknown) => die(`extract: ${(e as Error).message}`));
