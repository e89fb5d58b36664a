// The OCR engine's pure pieces on small synthetic inputs: DB boxes from a probability map, CTC
// decoding with the key list, reading order, the detector's input size and normalisation, and the
// engine's flow with fake models.
import { describe, expect, it } from 'vitest';
import { boxesFromMap, DEFAULT_BOX_OPTIONS, scaleBox } from '../../../utils/ocr/boxes';
import { ctcGreedy, parseKeys } from '../../../utils/ocr/ctc';
import { ocrImage, type OcrModels } from '../../../utils/ocr/engine';
import { readingOrder } from '../../../utils/ocr/order';
import { detectorInput, detectorSize, recognizerBatch, sampleToTensor } from '../../../utils/ocr/preprocess';
import type { Box, OcrLine } from '../../../utils/ocr/types';

/** A w×h map, zero but for the given rectangles at probability p. */
function map(w: number, h: number, rects: [number, number, number, number, number][]): Float32Array {
  const m = new Float32Array(w * h);
  for (const [x0, y0, x1, y1, p] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m[y * w + x] = p;
  return m;
}

describe('DB boxes without OpenCV', () => {
  it('finds each text kernel as its own box, grown by the unclip distance', () => {
    // Two kernels on one row with a gap (a label and its value), one below.
    const m = map(64, 32, [
      [4, 4, 20, 10, 0.9],
      [30, 4, 60, 10, 0.8],
      [4, 20, 40, 26, 0.95],
    ]);
    const boxes = boxesFromMap(m, 64, 32, { ...DEFAULT_BOX_OPTIONS, unclipRatio: 1.5 });
    expect(boxes).toHaveLength(3);
    // 16×6 kernel: d = 16·6·1.5 / (2·22) ≈ 3.27.
    const [first] = boxes;
    expect(first!.score).toBeCloseTo(0.9, 5);
    expect(first!.box[0]).toBeCloseTo(4 - 3.2727, 3);
    expect(first!.box[3]).toBeCloseTo(10 + 3.2727, 3);
    expect(boxes.map((b) => Math.round(b.box[0]))).toEqual([1, 26, 0]);
  });

  it('drops specks smaller than the minimum and faint components, and keeps boxes inside the map', () => {
    const m = map(40, 20, [
      [1, 1, 3, 3, 0.9], // 2×2 speck
      [10, 2, 30, 8, 0.35], // above the pixel threshold, below the box threshold
      [0, 12, 40, 20, 0.9], // touches the edges
    ]);
    const boxes = boxesFromMap(m, 40, 20);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.box).toEqual([0, expect.closeTo(12 - (40 * 8 * 1.6) / 96, 3), 40, 20]);
  });

  it('keeps a hollow line whose pixels are all sure (a card number of ****), drops a ring of middling probability (an icon)', () => {
    // A thick band open in the middle: 40×12, the inner 30×6 empty.
    const band = map(50, 20, [
      [2, 2, 42, 5, 0.99],
      [2, 5, 7, 14, 0.99],
      [37, 5, 42, 14, 0.99],
    ]);
    const kept = boxesFromMap(band, 50, 20);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.score).toBeLessThan(0.6);
    const ring = map(20, 20, [
      [2, 2, 14, 4, 0.84],
      [2, 12, 14, 14, 0.84],
      [2, 4, 4, 12, 0.84],
      [12, 4, 14, 12, 0.84],
    ]);
    expect(boxesFromMap(ring, 20, 20)).toEqual([]);
  });

  it('joins diagonal neighbours (8-connectivity) and scales boxes back to picture pixels', () => {
    const m = map(10, 10, [
      [2, 2, 5, 5, 0.9],
      [5, 5, 8, 8, 0.9],
    ]);
    expect(boxesFromMap(m, 10, 10, { ...DEFAULT_BOX_OPTIONS, unclipRatio: 0, boxThreshold: 0.3 })).toEqual([
      { box: [2, 2, 8, 8], score: expect.closeTo(0.45, 5) },
    ]);
    expect(scaleBox([1.2, 2.5, 10.1, 8], 2.5, 2, 24, 15)).toEqual([3, 5, 24, 15]);
  });
});

describe('CTC greedy decoding', () => {
  const keys = ['额', '度', '5', '0', ','];
  // Classes: 0 blank, 1…5 keys, 6 space.
  const probs = (seq: number[]) => {
    const out = new Float32Array(seq.length * 7);
    seq.forEach((c, t) => {
      out.fill(0.02, t * 7, t * 7 + 7);
      out[t * 7 + c] = 0.88;
    });
    return out;
  };

  it('collapses repeats, drops blanks, keeps a letter doubled across a blank, maps the last class to a space', () => {
    const d = ctcGreedy(probs([1, 1, 0, 2, 6, 3, 0, 4, 4, 0, 4, 5, 0]), 13, 7, keys);
    expect(d.text).toBe('额度 500,');
    expect(d.score).toBeCloseTo(0.88, 5);
    expect(ctcGreedy(probs([0, 0, 0]), 3, 7, keys)).toEqual({ text: '', score: 0 });
  });

  it('decodes each item of a batch', () => {
    const batch = new Float32Array([...probs([3, 0, 4]), ...probs([1, 2, 2])]);
    expect(ctcGreedy(batch, 3, 7, keys, 0).text).toBe('50');
    expect(ctcGreedy(batch, 3, 7, keys, 1).text).toBe('额度');
  });

  it('reads the key list file, one character per line', () => {
    expect(parseKeys("'\r\n疗\n绚\n")).toEqual(["'", '疗', '绚']);
  });
});

describe('reading order', () => {
  const line = (text: string, box: Box): OcrLine => ({ text, box, score: 1 });
  it('goes row by row, left to right, keeping a taller value beside its label', () => {
    const lines = [
      line('80,000.00', [300, 98, 460, 142]),
      line('总额度', [20, 104, 120, 136]),
      line('借呗', [150, 20, 220, 60]),
      line('已借', [20, 200, 80, 230]),
    ];
    expect(readingOrder(lines).map((l) => l.text)).toEqual(['借呗', '总额度', '80,000.00', '已借']);
  });
});

describe('model inputs', () => {
  it('scales the detector input to a longest side of 960 in multiples of 32', () => {
    expect(detectorSize(1080, 2340)).toEqual({ width: 448, height: 960 });
    expect(detectorSize(750, 1334)).toEqual({ width: 544, height: 960 });
    expect(detectorSize(300, 200)).toEqual({ width: 288, height: 192 });
    expect(detectorSize(10, 10)).toEqual({ width: 32, height: 32 });
  });

  it('normalises per channel and averages when shrinking', () => {
    // 4×2 picture: left half white, right half black; shrunk to 2×1.
    const data = new Uint8Array(4 * 2 * 4);
    for (let y = 0; y < 2; y++) for (let x = 0; x < 2; x++) data.set([255, 255, 255, 255], (y * 4 + x) * 4);
    const t = sampleToTensor({ width: 4, height: 2, data }, [0, 0, 4, 2], 2, 1, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]);
    expect([...t]).toEqual([1, -1, 1, -1, 1, -1]);
    const det = detectorInput({ width: 4, height: 2, data });
    expect(det.dims).toEqual([1, 3, 32, 32]);
    expect(det.data[0]).toBeCloseTo((1 - 0.485) / 0.229, 4);
  });

  it('pads narrower crops of a recogniser batch with zeros to the widest', () => {
    const data = new Uint8Array(100 * 20 * 4).fill(255);
    const b = recognizerBatch({ width: 100, height: 20, data }, [
      [0, 0, 100, 12],
      [0, 0, 24, 12],
    ]);
    expect(b.dims).toEqual([2, 3, 48, 400]);
    const second = b.data.subarray(3 * 48 * 400);
    expect(second[0]).toBe(1); // white → 1
    expect(second[150]).toBe(0); // padding
  });
});

describe('engine flow with fake models', () => {
  it('detects on the scaled picture, reads each box, and reports its stages', async () => {
    // A 64×32 picture; the fake detector marks one block, the fake recogniser reads "50".
    const calls: string[] = [];
    const models: OcrModels = {
      keys: ['5', '0'],
      det: {
        run: async (_data, dims) => {
          calls.push(`det ${dims.join('×')}`);
          return { data: map(64, 32, [[8, 8, 40, 20, 0.9]]), dims: [1, 1, 32, 64] };
        },
      },
      rec: {
        run: async (_data, dims) => {
          calls.push(`rec ${dims[0]}`);
          const steps = 4;
          const out = new Float32Array(dims[0]! * steps * 4);
          [1, 0, 2, 2].forEach((c, t) => (out[t * 4 + c] = 0.9));
          return { data: out, dims: [dims[0]!, steps, 4] };
        },
      },
    };
    const stages: string[] = [];
    const result = await ocrImage(models, { width: 64, height: 32, data: new Uint8Array(64 * 32 * 4) }, (s, f) => stages.push(`${s} ${f}`));
    expect(calls).toEqual(['det 1×3×32×64', 'rec 1']);
    expect(result.width).toBe(64);
    expect(result.lines).toEqual([{ text: '50', box: expect.any(Array), score: expect.closeTo(0.9, 5) }]);
    const [x0, y0, x1, y1] = result.lines[0]!.box;
    expect(x0).toBeLessThan(8);
    expect(y1).toBeGreaterThan(20);
    expect(x1 - x0).toBeGreaterThan(32);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(stages).toEqual(['detecting 0', 'recognising 0', 'recognising 1']);
  });
});
