// A CSV reader for bill exports, one row at a time (so a long file can be read in chunks).
// What the exports do: quoted fields with "" escapes; CRLF or LF; unquoted cells padded with spaces
// or followed by a tab (Alipay, WeChat and JD pad order numbers so spreadsheets keep them as text);
// blank lines. Cells come back trimmed; text inside quotes is kept as it is.

export interface CsvRow {
  cells: string[];
  /** 1-based line on which the row starts. */
  line: number;
  /** Ended by a line break; false for a last row that runs to the end of the text. */
  ended: boolean;
  /** The text ended inside a quoted cell. */
  openQuote: boolean;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvReader {
  private pos = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** Characters read so far (for progress). */
  get offset(): number {
    return this.pos;
  }

  next(): CsvRow | undefined {
    const { text } = this;
    const len = text.length;
    if (this.pos >= len) return undefined;
    const cells: string[] = [];
    const line = this.line;
    let i = this.pos;
    for (;;) {
      let j = i;
      while (j < len && isPad(text.charCodeAt(j))) j++;
      let end: number;
      if (j < len && text.charCodeAt(j) === QUOTE) {
        const quoted = this.readQuoted(j + 1);
        if (quoted.close < 0) {
          cells.push(quoted.value);
          this.pos = len;
          return { cells, line, ended: false, openQuote: true };
        }
        end = fieldEnd(text, quoted.close + 1);
        // Anything between the closing quote and the comma is kept rather than lost.
        const rest = text.slice(quoted.close + 1, end).trim();
        cells.push(rest ? quoted.value + rest : quoted.value);
      } else {
        end = fieldEnd(text, j);
        cells.push(text.slice(j, end).trim());
      }
      if (end >= len) {
        this.pos = len;
        return { cells, line, ended: false, openQuote: false };
      }
      if (text.charCodeAt(end) === COMMA) {
        i = end + 1;
        continue;
      }
      this.pos = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      this.line++;
      return { cells, line, ended: true, openQuote: false };
    }
  }

  /** From just after an opening quote: the cell's text and the index of its closing quote (-1: none). */
  private readQuoted(from: number): { value: string; close: number } {
    const { text } = this;
    let value = '';
    let k = from;
    for (;;) {
      const q = text.indexOf('"', k);
      if (q < 0) {
        value += text.slice(k);
        this.countBreaks(value);
        return { value, close: -1 };
      }
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(k, q + 1);
        k = q + 2;
        continue;
      }
      value += text.slice(k, q);
      this.countBreaks(value);
      return { value, close: q };
    }
  }

  private countBreaks(s: string): void {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return;
    this.line += s.split(/\r\n|\r|\n/).length - 1;
  }
}

const isPad = (c: number) => c === 32 || c === 9;

function fieldEnd(text: string, from: number): number {
  let e = from;
  for (let c = text.charCodeAt(e); e < text.length && c !== COMMA && c !== LF && c !== CR; c = text.charCodeAt(++e));
  return e;
}

/** Every row of a text (tests, small files). */
export function readCsv(text: string): CsvRow[] {
  const reader = new CsvReader(text);
  const rows: CsvRow[] = [];
  for (let row = reader.next(); row; row = reader.next()) rows.push(row);
  return rows;
}
