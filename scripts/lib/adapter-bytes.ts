// What one adapter costs its content script, without a full build (`npm run adapter-size`). esbuild
// bundles the script's entrypoint (entrypoints/<bundle>.content.ts) minified, with and without the
// adapter — for a lenders' page not yet in lender-registry.ts, as if added — so the difference is the
// adapter's own bytes (what it shares with others is not counted). WXT wraps the entry in its own
// content-script runtime (about 2.5 kB), taken from the last build in .output where there is one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const ADAPTERS = join(ROOT, 'utils/adapters');
const LENDER_REGISTRY = join(ADAPTERS, 'lender-registry.ts');

export interface AdapterBytes {
  /** The content script that carries it (`lenders`, or its own). */
  bundle: string;
  /** Its own bytes in lenders.js; undefined for an adapter with a script of its own (all of it is). */
  adapter?: number;
  /** The script with it, minified by esbuild. */
  script: number;
  /** WXT's runtime around the entry, from the last build (0 without one). */
  runtime: number;
  /** False when it is not in lender-registry.ts yet and was measured as if added. */
  listed: boolean;
}

/** The script minified, with lender-registry.ts's text replaced by `registry` when given. */
async function bundleSize(entry: string, registry?: string): Promise<number> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    // WXT provides this global to entrypoints; the identity stands in for it.
    banner: { js: 'var defineContentScript=(x)=>x;' },
    plugins: [
      {
        name: 'adapters',
        setup(build) {
          // An adapter left out of the registry but imported by another (jd-finance reads
          // jd-baitiao's helpers) is dropped only if making it is known to have no side effects.
          build.onLoad({ filter: /[/\\]utils[/\\]adapters[/\\][a-z0-9-]+\.ts$/ }, ({ path }) => ({
            contents:
              registry !== undefined && path === LENDER_REGISTRY
                ? registry
                : readFileSync(path, 'utf8').replace(/= lenderPage\(/g, '= /* @__PURE__ */ lenderPage('),
            loader: 'ts',
            resolveDir: ADAPTERS,
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.contents.length;
}

/** lender-registry.ts without `id` (its import and its name in the array), or undefined if it is not listed. */
function without(source: string, id: string): string | undefined {
  const line = new RegExp(`^import \\{ (\\w+) \\} from '\\./${id}';\\n`, 'm').exec(source);
  if (!line) return undefined;
  return source.replace(line[0], '').replace(new RegExp(`\\b${line[1]}\\b,?\\s*`), '');
}

/** lender-registry.ts with `id` added: every value its file exports that is an adapter with that id. */
const withAdded = (source: string, id: string): string =>
  source +
  `\nimport * as added from './${id}';\n` +
  `(lenderAdapters as Adapter[]).push(...Object.values(added).filter((v): v is Adapter => (v as Adapter)?.id === '${id}'));\n`;

/** The bytes of `utils/adapters/<id>.ts` in its content script; throws a plain message for a missing file or entry. */
export async function adapterBytes(id: string): Promise<AdapterBytes> {
  const file = join(ADAPTERS, `${id}.ts`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !existsSync(file)) throw new Error(`no adapter file utils/adapters/${id}.ts`);
  // A lenders' page (lenderPage, or bundle: 'lenders') shares lenders.js; any other has its own script.
  const own = /bundle:\s*'([a-z0-9-]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
  const bundle = own && own !== 'lenders' ? own : 'lenders';
  const entry = join(ROOT, `entrypoints/${bundle}.content.ts`);
  if (!existsSync(entry)) throw new Error(`no entrypoints/${bundle}.content.ts for bundle '${bundle}'`);
  const built = join(ROOT, `.output/chrome-mv3/content-scripts/${bundle}.js`);
  const runtimeOver = (current: number) => (existsSync(built) ? Math.max(0, statSync(built).size - current) : 0);
  if (bundle !== 'lenders') {
    const script = await bundleSize(entry); // its script carries it alone
    return { bundle, script, runtime: runtimeOver(script), listed: true };
  }
  const source = readFileSync(LENDER_REGISTRY, 'utf8');
  const rest = without(source, id);
  const script = await bundleSize(entry, rest === undefined ? withAdded(source, id) : source);
  const less = await bundleSize(entry, rest ?? source);
  return { bundle, adapter: script - less, script, runtime: runtimeOver(rest === undefined ? less : script), listed: rest !== undefined };
}
