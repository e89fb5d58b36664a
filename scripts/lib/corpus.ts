// The page corpus (tests/corpus/): pages rebuilt from public evidence, each with what a careful person
// would say it shows. Loading, the held-out rule, running the real capture code, and the comparison
// are here so that `npm run corpus` and the regression test judge a page the same way.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adapters } from '../../utils/adapters/registry';
import { captureFromDocument } from '../../utils/capture/from-document';
import { type ExtractedObservation, STATUSES, type Status } from '../../utils/model/types';
import { decodeHtml, parseDocument } from './html';

export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../tests/corpus');
export const SETS = ['worked', 'held-out'] as const;
export type CorpusSet = (typeof SETS)[number];
/** The directory of each set under tests/corpus. */
export const SET_DIRS: Record<CorpusSet, string> = { worked: 'pages', 'held-out': 'held-out' };
export const GROUPS = ['statements', 'webbank', 'h5', 'nothing', 'multi'] as const;

export const NUMBER_FIELDS = ['totalLimit', 'availableLimit', 'usedAmount', 'dailyRate', 'apr'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const RATE_FIELDS = new Set<NumberField>(['dailyRate', 'apr']);

export interface ExpectedObservation extends Partial<Record<NumberField, number>> {
  product?: string;
  status: Status;
}

export interface CorpusPage {
  set: CorpusSet;
  group: string;
  name: string;
  /** `pages/statements/cmb-estatement-qqmail`: the page's path under tests/corpus without `.html`. */
  id: string;
  htmlFile: string;
  url: string;
  source: string;
  observations: ExpectedObservation[];
}

/** The set a page belongs in, fixed by its file name before anyone looks at how the reader does:
 *  the first byte of sha256(name) divisible by 3 puts it in the held-out set (about a third). */
export function setOfName(name: string): CorpusSet {
  return createHash('sha256').update(name).digest()[0]! % 3 === 0 ? 'held-out' : 'worked';
}

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

function parseExpected(file: string, text: string): Pick<CorpusPage, 'url' | 'source' | 'observations'> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(file, `not JSON (${(e as Error).message})`);
  }
  const o = raw as Record<string, unknown>;
  if (typeof o.url !== 'string' || !URL.canParse(o.url)) fail(file, '"url" must be an absolute address');
  if (typeof o.source !== 'string' || !o.source.trim()) fail(file, '"source" must say where the evidence is');
  if (!Array.isArray(o.observations)) fail(file, '"observations" must be a list (empty when the page shows nothing)');
  const observations = o.observations.map((x: unknown, i: number) => {
    const ob = x as Record<string, unknown>;
    const at = `observations[${i}]`;
    if (!STATUSES.includes(ob.status as Status)) fail(file, `${at}.status must be one of ${STATUSES.join(', ')}`);
    for (const k of Object.keys(ob)) {
      if (k !== 'product' && k !== 'status' && !(NUMBER_FIELDS as readonly string[]).includes(k))
        fail(file, `${at} has an unknown field "${k}"`);
    }
    for (const f of NUMBER_FIELDS) {
      if (ob[f] !== undefined && (typeof ob[f] !== 'number' || !Number.isFinite(ob[f]))) fail(file, `${at}.${f} must be a number`);
    }
    if (ob.product !== undefined && typeof ob.product !== 'string') fail(file, `${at}.product must be text`);
    return ob as unknown as ExpectedObservation;
  });
  return { url: o.url, source: o.source, observations };
}

/** Every page of the corpus, worked set first, each group's pages by name. */
export function loadCorpus(root = CORPUS_ROOT): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const set of SETS) {
    for (const group of GROUPS) {
      const dir = join(root, SET_DIRS[set], group);
      let files: string[];
      try {
        files = readdirSync(dir);
      } catch {
        continue;
      }
      for (const f of files.filter((x) => x.endsWith('.html')).sort()) {
        const name = f.slice(0, -'.html'.length);
        const expectedFile = join(dir, `${name}.expected.json`);
        let text: string;
        try {
          text = readFileSync(expectedFile, 'utf8');
        } catch {
          fail(join(dir, f), `has no ${name}.expected.json beside it`);
        }
        const id = `${SET_DIRS[set]}/${group}/${name}`;
        pages.push({ set, group, name, id, htmlFile: join(dir, f), ...parseExpected(expectedFile, text) });
      }
      for (const f of files.filter((x) => x.endsWith('.expected.json'))) {
        if (!files.includes(f.replace(/\.expected\.json$/, '.html'))) fail(join(dir, f), 'has no page beside it');
      }
    }
  }
  return pages;
}

/** Pages sitting in the other set than their name puts them in (moved by hand: the split is fixed), or sharing a name. */
export function misplaced(pages: readonly CorpusPage[]): string[] {
  const wrongSet = pages.filter((p) => setOfName(p.name) !== p.set).map((p) => `${p.id} belongs in ${SET_DIRS[setOfName(p.name)]}/`);
  // A name used twice would let a held-out page live on in the worked set under another group.
  const seen = new Map<string, string>();
  const twice = pages.flatMap((p) => {
    const other = seen.get(p.name);
    seen.set(p.name, p.id);
    return other ? [`${p.id} has the name of ${other}`] : [];
  });
  return [...wrongSet, ...twice];
}

/** The observations the extension's capture code records on the page, opened at its url. */
export function capturePage(page: CorpusPage): ExtractedObservation[] {
  const doc = parseDocument(decodeHtml(readFileSync(page.htmlFile)));
  return captureFromDocument(doc, new URL(page.url), adapters).observations;
}

const near = (f: NumberField, a: number, b: number) => Math.abs(a - b) < (RATE_FIELDS.has(f) ? 1e-9 : 0.005);

/** The ways `got` differs from `want` (empty when it matches): every expected field equal, no extra
 *  amount or rate; the product only when the expectation names one. */
export function differences(want: ExpectedObservation, got: ExtractedObservation): string[] {
  const out: string[] = [];
  if (want.product !== undefined && got.product !== want.product) out.push(`product: want ${want.product}, got ${got.product ?? 'none'}`);
  for (const f of NUMBER_FIELDS) {
    const w = want[f];
    const g = got[f];
    if (w === undefined && g !== undefined) out.push(`${f}: want none, got ${g}`);
    else if (w !== undefined && (g === undefined || !near(f, w, g))) out.push(`${f}: want ${w}, got ${g ?? 'none'}`);
  }
  if (got.status !== want.status) out.push(`status: want ${want.status}, got ${got.status}`);
  return out;
}

/** Whether the observations match the expectations one to one, in any order (a small bipartite search). */
function matchAll(want: readonly ExpectedObservation[], got: readonly ExtractedObservation[]): boolean {
  if (want.length !== got.length) return false;
  const used = new Set<number>();
  const place = (i: number): boolean => {
    if (i === want.length) return true;
    for (let j = 0; j < got.length; j++) {
      if (used.has(j) || differences(want[i]!, got[j]!).length > 0) continue;
      used.add(j);
      if (place(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return place(0);
}

export function describe(o: ExtractedObservation | ExpectedObservation): string {
  const parts = [o.product, ...NUMBER_FIELDS.filter((f) => o[f] !== undefined).map((f) => `${f} ${o[f]}`), o.status].filter(Boolean);
  return `{${parts.join(', ')}}`;
}

export interface Verdict {
  right: boolean;
  /** Why the page is wrong, one line per difference (empty when right). */
  why: string[];
}

/** Judges what the reader recorded against what the page shows. */
export function judge(want: readonly ExpectedObservation[], got: readonly ExtractedObservation[]): Verdict {
  if (matchAll(want, got)) return { right: true, why: [] };
  const why: string[] = [];
  if (want.length === 0) return { right: false, why: got.map((g) => `records ${describe(g)} where the page shows nothing to record`) };
  if (want.length !== got.length) why.push(`${got.length} observation(s) where the page shows ${want.length}`);
  // Pair each expectation with the observation closest to it, to say what differs.
  const left = [...got];
  for (const w of want) {
    let best = -1;
    let bestDiff: string[] = [];
    left.forEach((g, j) => {
      const d = differences(w, g);
      if (best < 0 || d.length < bestDiff.length) [best, bestDiff] = [j, d];
    });
    if (best < 0) why.push(`missing ${describe(w)}`);
    else {
      if (bestDiff.length) why.push(`${describe(w)}: ${bestDiff.join('; ')}`);
      left.splice(best, 1);
    }
  }
  for (const g of left) why.push(`extra ${describe(g)}`);
  return { right: false, why };
}

/** Runs and judges one page; a page the capture code throws on is wrong, with the error as the reason. */
export function runPage(page: CorpusPage): Verdict {
  let got: ExtractedObservation[];
  try {
    got = capturePage(page);
  } catch (e) {
    return { right: false, why: [`capture threw: ${(e as Error).message}`] };
  }
  return judge(page.observations, got);
}

export const RIGHT_FILE = join(CORPUS_ROOT, 'right.json');

/** A held-out page's reasons without its values: which fields differ, so that the regression test
 *  names what broke without showing the page's figures to whoever is improving the reader. */
export function heldOutReason(why: readonly string[]): string {
  const fields = new Set<string>();
  for (const line of why) {
    for (const m of line.matchAll(/(\w+): want/g)) fields.add(m[1]!);
    if (/^missing /.test(line)) fields.add('a missing observation');
    if (/^extra |^records /.test(line)) fields.add('an extra observation');
    if (/^capture threw/.test(line)) fields.add('the capture threw');
  }
  return fields.size ? `differs in ${[...fields].join(', ')}` : 'differs';
}
