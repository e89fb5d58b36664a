// The bundled demo lender site (cli.md `npm start`): static pages in ./site, served on loopback only.
// Browser tests and benchmarks load the same pages there. Inside the demo browser
// scripts/lib/demo-browsing.ts also serves them at lender addresses (no request leaves the machine):
// the two built-in adapters' pages at their real lender URLs, the others at invented lenders' ones
// (./lenders.ts), so the demo's accounts read as lenders rather than as 127.0.0.1.
//
// Quick self-check, by hand, from the repository root:
//   node --import tsx -e "import('./scripts/demo/server.ts').then(async m=>{const s=await m.startDemoServer();console.log(s.url);const r=await fetch(s.url+'credit-line.html');console.log(r.status, r.headers.get('content-type'));await s.close()})"
// It prints the base URL, then `200 text/html; charset=utf-8`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_LENDERS } from './lenders';

/** The folder the pages live in. */
export const DEMO_SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'site');

export interface DemoPage {
  /** File name inside the site folder, e.g. `credit-line.html`. */
  file: string;
  title: { zh: string; en: string };
  /** The real lender URL whose shape the page copies (tests route that URL to this file). */
  lenderUrl?: string;
  /** An invented lender's address (./lenders.ts) the demo browser serves the page at. */
  demoUrl?: string;
  /** false: a test page, served for the browser tests but left out of npm start's tour and home page. */
  tour?: false;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { file: 'index.html', title: { zh: '演示站首页', en: 'Demo site home' } },
  {
    file: 'credit-line.html',
    title: { zh: '额度页（正常，延迟渲染）', en: 'Credit line (normal, renders late)' },
    demoUrl: `${DEMO_LENDERS.xinghe.origin}/credit/limit`,
  },
  { file: 'limited.html', title: { zh: '额度受限', en: 'Limited account' }, demoUrl: `${DEMO_LENDERS.xiaofei.origin}/suixinjie/quota` },
  { file: 'frozen.html', title: { zh: '额度已冻结', en: 'Frozen account' }, demoUrl: `${DEMO_LENDERS.qingning.origin}/account/limit` },
  {
    file: 'bank-cards.html',
    title: { zh: '信用卡网银（两张卡）', en: 'Credit-card web banking (two cards)' },
    demoUrl: `${DEMO_LENDERS.bank.origin}/ebank/cards`,
  },
  {
    file: 'jd-baitiao.html',
    title: { zh: '白条页面结构', en: 'Baitiao page shape' },
    lenderUrl: 'https://baitiao.jd.com/v3/ious/list',
  },
  {
    file: 'alipay-portal.html',
    title: { zh: '支付宝个人主页（花呗）结构', en: 'Alipay portal (Huabei) shape' },
    lenderUrl: 'https://my.alipay.com/portal/i.htm',
  },
  // Its lender name is markup that must stay text: a test (tests/e2e/capture.test.ts), not a tour stop.
  { file: 'hostile.html', title: { zh: '恶意贷款机构名称', en: 'Hostile lender name' }, tour: false },
  {
    file: 'app-card.html',
    title: { zh: 'App 式钱包（用「在页面上选取」）', en: 'App-style wallet (use "Pick on page")' },
    demoUrl: `${DEMO_LENDERS.yunduo.origin}/wallet`,
  },
  {
    file: 'landing.html',
    title: { zh: '产品推广页（不应记录）', en: 'Product landing page (records nothing)' },
    demoUrl: `${DEMO_LENDERS.xiaofei.origin}/suixinjie/`,
  },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Absolute path of a page file, e.g. `demoPagePath('jd-baitiao.html')`. Only plain names inside the site. */
export function demoPagePath(name: string): string {
  const file = resolveInSite(name);
  if (!file) throw new Error(`not a demo page: ${name}`);
  return file;
}

/** The file a site-relative path names, or undefined for anything that could leave the site folder. */
function resolveInSite(path: string): string | undefined {
  if (!path || path.includes('\0') || path.includes('\\')) return undefined;
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.' || p.startsWith('.'))) return undefined;
  const file = resolve(DEMO_SITE_DIR, ...parts);
  const rel = relative(DEMO_SITE_DIR, file);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
  return file;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
  const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolveInSite(path.replace(/^\/+/, ''));
  if (!file) return send(res, path.split('/').includes('..') ? 400 : 404, 'not found\n');
  try {
    if (!(await stat(file)).isFile()) return send(res, 404, 'not found\n');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    send(res, 200, body, type);
  } catch {
    send(res, 404, 'not found\n');
  }
}

/** Serves the demo site on 127.0.0.1 (`port` 0: any free port). `url` ends with a slash. */
export async function startDemoServer(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((e) => (e ? fail(e) : ok()));
        server.closeAllConnections();
      }),
  };
}
