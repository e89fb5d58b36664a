// The report as lines of cells: the one shape both the web page and a PDF's text layer come in.
// A table row is one line of cells; any other block of text (an `li` sentence, a heading, a
// paragraph) is a line of one cell. The readers never look at tags or CSS classes, so a page whose
// markup differs from the one seen (tables drawn with divs, no `olstyle` class) reads the same.
import { isAside } from '../extract/header-table';
import { cellText } from './text';

/** One line of the report: its cells, left to right, each with single spaces. */
export type ReportLine = string[];

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'OPTION',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
]);

const CELL_TEXT = 40;
const TABLE_PARTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'COLGROUP', 'COL', 'OL', 'UL', 'DL']);

/**
 * A table drawn without a table: an element whose children are two or more short boxes side by side
 * (`<div class="row"><div>管理机构</div><div>账户标识</div>…`), and no text of its own. Its children
 * are its cells. A list of sentences is not one (they are long).
 */
function rowOfCells(el: Element): string[] | undefined {
  if (el.children.length < 2 || TABLE_PARTS.has(el.tagName.toUpperCase())) return undefined;
  for (const n of Array.from(el.childNodes)) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return undefined;
  const kids = Array.from(el.children).filter((c) => !SKIP.has(c.tagName.toUpperCase()) && !isAside(c));
  if (kids.length < 2) return undefined;
  const cells: string[] = [];
  for (const k of kids) {
    if (TABLE_PARTS.has(k.tagName.toUpperCase()) || k.querySelector('div, p, li, table, tr, ul, ol, h1, h2, h3, h4, h5, h6, section, br'))
      return undefined;
    const t = cellText(k.textContent ?? '');
    if (t.length > CELL_TEXT) return undefined;
    cells.push(t);
  }
  return cells;
}

/** The page's visible text as lines; hidden copies and advertising boxes are left out. */
export function documentLines(doc: Document): ReportLine[] {
  const lines: ReportLine[] = [];
  let buffer = '';
  const flush = () => {
    const t = cellText(buffer);
    if (t) lines.push([t]);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isAside(el)) continue;
      if (tag === 'TR' && !el.querySelector('table')) {
        flush();
        const cells = Array.from(el.children)
          .filter((c) => /^T[DH]$/i.test(c.tagName) && !isAside(c))
          .map((c) => cellText(c.textContent ?? ''));
        if (cells.some(Boolean)) lines.push(cells);
        continue;
      }
      const cells = rowOfCells(el);
      if (cells) {
        flush();
        lines.push(cells);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(el);
      if (block) flush();
    }
  };
  if (doc.body) walk(doc.body);
  flush();
  return lines;
}
