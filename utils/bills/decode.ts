// Bill bytes → text. Alipay exports GBK, WeChat and JD UTF-8 (often with a BOM); nothing in the file
// says which, so: a UTF-8 BOM decides; else UTF-8 if the bytes are valid UTF-8; else GB18030 (a
// superset of GBK). Non-fatal decoding after that: a broken byte becomes U+FFFD, never a throw.

export function decodeBill(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  }
  try {
    // `stream: true` leaves a character cut at the very end pending instead of failing: a truncated
    // UTF-8 file stays UTF-8 (its last row is reported as cut) rather than turning into GBK mojibake.
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }));
  } catch {
    return stripBom(new TextDecoder('gb18030').decode(bytes));
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
