// The recogniser's output into text: CTC greedy decoding. Class 0 is CTC's blank, classes 1…n are
// the key list's characters in order, and the last class is a space (PaddleOCR's use_space_char).

export interface Decoded {
  text: string;
  /** The mean probability of the characters kept; 0 when none. */
  score: number;
}

/**
 * Decodes item `item` of a [batch, steps, classes] probability tensor: the best class per step,
 * repeats collapsed, blanks dropped.
 */
export function ctcGreedy(probs: ArrayLike<number>, steps: number, classes: number, keys: readonly string[], item = 0): Decoded {
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = -1;
  const base = item * steps * classes;
  for (let t = 0; t < steps; t++) {
    const row = base + t * classes;
    let best = 0;
    let bestP = probs[row]!;
    for (let c = 1; c < classes; c++) {
      const p = probs[row + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += best - 1 < keys.length ? keys[best - 1] : ' ';
      sum += bestP;
      kept++;
    }
    previous = best;
  }
  return { text, score: kept ? sum / kept : 0 };
}

/** The key list file (one character per line) as the decoder's keys. */
export const parseKeys = (text: string): string[] => text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
