// Node side of "run the capture code on a saved page": decode the bytes as the browser would
// (a <meta charset> of GBK/GB18030 is common on Chinese bank pages) and build a DOM with linkedom.
import { parseHTML } from 'linkedom';

export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  try {
    if (label && label !== 'utf-8' && label !== 'utf8') return new TextDecoder(label).decode(bytes);
  } catch {
    // unknown label: fall through to UTF-8, as a browser would
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
