// The last step of `npm run zip` (and so of `npm test`): opens the packages it wrote and refuses any
// source map, test or fixture in them; checks that the sources zip holds what SOURCES.md's rebuild
// needs; and runs Mozilla's linter (scripts/lint-firefox.ts) on the Firefox zip's own contents,
// unpacked, so what is linted is exactly what would be uploaded.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';

const OUT = resolve('.output');
const { name, version } = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const zips = {
  chrome: `${name}-${version}-chrome.zip`,
  firefox: `${name}-${version}-firefox.zip`,
  sources: `${name}-${version}-sources.zip`,
};

/** What no package may hold: source maps, tests, fixtures. */
export function forbidden(path: string): string | undefined {
  if (/\.map$/.test(path)) return 'a source map';
  if (/(^|\/)(tests?|__tests__|e2e)\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path)) return 'a test';
  if (/(^|\/)fixtures?\//.test(path)) return 'a fixture';
  return undefined;
}

const SOURCES_NEED = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'SOURCES.md', 'scripts/lib/zod-no-eval.ts'];

async function entries(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(join(OUT, file)));
}

let problems = 0;
const fail = (message: string) => {
  problems++;
  console.log(`check-packages: ${message}`);
};

const present = new Set(await readdir(OUT));
for (const [kind, file] of Object.entries(zips)) {
  if (!present.has(file)) {
    fail(`${kind}: ${file} is missing from .output (run npm run zip)`);
    continue;
  }
  const zip = await entries(file);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  for (const p of paths) {
    const why = forbidden(p);
    if (why) fail(`${file} holds ${why}: ${p}`);
  }
  if (kind === 'sources') for (const need of SOURCES_NEED) if (!paths.includes(need)) fail(`${file} lacks ${need}`);
  console.log(`check-packages: ${file}: ${paths.length} files`);
}

if (present.has(zips.firefox)) {
  const dir = await mkdtemp(join(tmpdir(), 'ls-firefox-zip-'));
  try {
    const zip = await entries(zips.firefox);
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), await entry.async('nodebuffer'));
    }
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/lint-firefox.ts', dir], { stdio: 'inherit' });
  } catch {
    fail(`web-ext lint found problems in ${zips.firefox}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
if (problems) process.exit(1);
