// `npm run bench`: the performance figures named in the issues, as `name: value unit` lines.
// It builds the extension first (quietly): bundle sizes and page loads use the built output.
import { execFileSync } from 'node:child_process';
import { billImportFigures } from './bench/bill-import';
import { billFigures } from './bench/bills';
import { bundleFigures } from './bench/bundles';
import { captureFigures } from './bench/capture';
import { captureAlertFigures } from './bench/capture-alert';
import { engineFigures } from './bench/engine';
import { historyImportFigures } from './bench/history-import';
import { sealedHistoryImportFigures } from './bench/sealed-history-import';
import { pageloadFigures } from './bench/pageload';
import { popupRenderFigures } from './bench/popup-render';
import { dashboardRenderFigures } from './bench/dashboard-render';
import { reportPdfFigures } from './bench/report-pdf';
import { ocrFigures } from './bench/ocr';

async function main() {
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '--mode', 'demo'],
  ])
    execFileSync('npx', args, { stdio: 'pipe' });
  const sections = [
    bundleFigures,
    captureFigures,
    pageloadFigures,
    engineFigures,
    () => popupRenderFigures(),
    () => dashboardRenderFigures(),
    () => captureAlertFigures(),
    billFigures,
    () => billImportFigures(),
    () => historyImportFigures(),
    () => sealedHistoryImportFigures(),
    () => reportPdfFigures(),
    () => ocrFigures(),
  ];
  for (const section of sections) {
    for (const [name, value, unit] of await section()) process.stdout.write(`${name}: ${value} ${unit}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exit(1);
});
