// `npm run adapter-size -- <id>`: one adapter's bytes and its content script's size against the
// budget, without a full build (scripts/lib/adapter-bytes.ts). Exit 1 when the script would be over.
import { CONTENT_SCRIPT_BUDGET_BYTES } from './bench/bundles';
import { adapterBytes } from './lib/adapter-bytes';

const kB = (n: number) => `${(n / 1024).toFixed(2)} kB`;

async function main(argv: string[]) {
  const id = argv.find((a) => !a.startsWith('-'));
  if (!id) throw new Error('usage: npm run adapter-size -- <adapter id> (its file: utils/adapters/<id>.ts)');
  const m = await adapterBytes(id);
  if (!m.listed) process.stderr.write(`adapter-size: ${id} is not in lender-registry.ts yet; measured as if added\n`);
  const total = m.script + m.runtime;
  const how = m.runtime
    ? `esbuild ${kB(m.script)} + WXT's runtime ${kB(m.runtime)} as in .output`
    : 'esbuild; build once to add WXT’s runtime';
  const lines = [
    ...(m.adapter !== undefined ? [`adapter.${id}: ${kB(m.adapter)}`] : []),
    `${m.bundle}.js: ${kB(total)} (${how})`,
    `budget: ${kB(CONTENT_SCRIPT_BUDGET_BYTES)}`,
    `left: ${kB(CONTENT_SCRIPT_BUDGET_BYTES - total)}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (total > CONTENT_SCRIPT_BUDGET_BYTES) {
    process.stderr.write(`adapter-size: ${m.bundle}.js would be over its budget\n`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`adapter-size: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
