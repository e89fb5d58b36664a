// How much a PDF may unpack to before pdf.js sees it. The file's size says little: a 1 MB PDF whose
// content stream inflates to 1 GB took 17 s and 3 GB of memory in pdf.js (the audit of the report
// import). Each zlib stream is inflated here, counting the bytes, and the count stops at the budget:
// a bomb costs a fraction of a second and a few MB, a real report (a few MB unpacked) is read twice.
// DecompressionStream is the browser's and Node's own (no library).

/** Every zlib-looking stream's data: `stream` EOL … `endstream`, starting with a valid zlib header. */
function* zlibStreams(bytes: Uint8Array): Generator<Uint8Array> {
  const text = new TextDecoder('latin1').decode(bytes);
  const start = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = start.exec(text))) {
    // `endstream` itself matches the pattern; its data starts after the EOL.
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    const from = m.index + m[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) return;
    const b0 = bytes[from] ?? 0;
    const b1 = bytes[from + 1] ?? 0;
    // CM = 8 (deflate) and the header's check bits: anything else is not zlib (a JPEG, a raw stream).
    if ((b0 & 0x0f) === 8 && (b0 * 256 + b1) % 31 === 0) yield bytes.subarray(from, to);
    start.lastIndex = to + 'endstream'.length;
  }
}

/** Bytes `data` inflates to, counting no further than `cap` (then `cap + 1`); a broken tail ends the count. */
async function inflatedSize(data: Uint8Array, cap: number, signal?: AbortSignal): Promise<number> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  let total = 0;
  try {
    for (;;) {
      if (signal?.aborted) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) return cap + 1;
    }
  } catch {
    // pdf.js reads what inflates before a break, and so did the count.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return total;
}

/** Whether the PDF's streams together unpack to more than `budget` bytes. */
export async function overDecodedBudget(bytes: Uint8Array, budget: number, signal?: AbortSignal): Promise<boolean> {
  let left = budget;
  for (const data of zlibStreams(bytes)) {
    if (signal?.aborted) return false;
    left -= await inflatedSize(data, left, signal);
    if (left < 0) return true;
  }
  return false;
}
