// Small PDFs made at test time (no large committed files): pages of given content streams, optionally
// zlib-compressed, with a Helvetica font, a correct xref table and trailer.
import { deflateSync } from 'node:zlib';

export interface CraftedPage {
  content: Buffer | string;
  compress?: boolean;
}

export function craftPdf(pages: CraftedPage[]): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')) - 1 + 1;
  const pageIds = pages.map((_, i) => 4 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (const [i, page] of pages.entries()) {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    const raw = Buffer.isBuffer(page.content) ? page.content : Buffer.from(page.content, 'latin1');
    const data = page.compress ? deflateSync(raw) : raw;
    const filter = page.compress ? ' /Filter /FlateDecode' : '';
    add(
      Buffer.concat([Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    offset += obj.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** A page showing `n` separate text runs, each one pdf.js text item: consecutive runs are on different
 *  lines (pdf.js joins runs that continue a line). */
export function textRuns(n: number): string {
  const runs: string[] = ['BT /F1 8 Tf'];
  for (let i = 0; i < n; i++) runs.push(`1 0 0 1 ${20 + (Math.floor(i / 90) % 50) * 11} ${800 - (i % 90) * 9} Tm (a${i % 10}) Tj`);
  runs.push('ET');
  return runs.join('\n');
}
