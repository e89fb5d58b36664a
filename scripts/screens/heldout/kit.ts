// What the drawn screens are made of: rectangles and text runs at logical positions (the canvas is
// scaled to the phone's pixels), and a few pieces many screens share (status bars, a title bar, list
// rows, a pulled-down notification shade). Each text run is one string drawn in one font at one place.
import type { Truth } from '../screen-types';

export type Op =
  | { k: 'rect'; x: number; y: number; w: number; h: number; c: string; r?: number }
  | { k: 'text'; x: number; y: number; s: string; size: number; c?: string; b?: boolean; a?: 'l' | 'c' | 'r'; f?: string };

export interface Drawn {
  file: string;
  imitates: string;
  /** Logical size; the picture is `scale` times larger. */
  w: number;
  h: number;
  scale: number;
  bg: string;
  fg: string;
  /** The font family list of the app's text (the CJK fallback always last). */
  font: string;
  /** JPEG quality (0–100), for .jpg files. */
  quality?: number;
  /** Logical region kept: a partial screen. */
  crop?: [number, number, number, number];
  /** A resize of the finished picture (0.5: half size, smoothed). */
  resample?: number;
  ops: Op[];
  truth: Truth;
}

export interface Theme {
  bg: string;
  fg: string;
  mute: string;
  panel: string;
  line: string;
}
export const LIGHT: Theme = { bg: '#f2f3f5', fg: '#191919', mute: '#8a8a8a', panel: '#ffffff', line: '#ececec' };
export const DARK: Theme = { bg: '#0d0d0d', fg: '#ededed', mute: '#8c8c8c', panel: '#1c1c1e', line: '#2c2c2e' };

const CJK = '"WenQuanYi Micro Hei"';
/** Font family lists: the Latin face first, the only installed CJK face after it. */
export const FONT = {
  sans: `"Liberation Sans", ${CJK}`,
  serif: `"DejaVu Serif", ${CJK}`,
  dejavu: `"DejaVu Sans", ${CJK}`,
  narrow: `"Liberation Sans Narrow", ${CJK}`,
  mono: `"Liberation Mono", ${CJK}`,
  hei: CJK,
};

type TextOpts = Partial<Pick<Extract<Op, { k: 'text' }>, 'c' | 'b' | 'a' | 'f'>>;
export const T = (x: number, y: number, s: string, size: number, o: TextOpts = {}): Op => ({ k: 'text', x, y, s, size, ...o });
export const R = (x: number, y: number, w: number, h: number, c: string, r = 0): Op => ({ k: 'rect', x, y, w, h, c, r });

/** The phone's status bar: time left, network and battery right (Android), or time centred-left (iOS). */
export function statusBar(th: Theme, w: number, time: string, ios = false, battery = '76'): Op[] {
  return [
    T(ios ? 34 : 14, 8, time, 13, { b: true, c: th.fg, f: FONT.sans }),
    R(w - 78, 11, 14, 9, th.fg, 1),
    T(w - 60, 8, ios ? '' : '4G', 11, { c: th.fg, f: FONT.sans }),
    R(w - 38, 10, 22, 11, th.mute, 3),
    T(w - 36, 9, ios ? '' : battery, 9, { c: th.bg, f: FONT.sans, b: true }),
  ];
}

/** A title bar: a back chevron drawn as a shape, the title centred (or left after the chevron). */
export function titleBar(th: Theme, w: number, y: number, title: string, left = false): Op[] {
  return [
    R(0, y, w, 46, th.panel),
    R(16, y + 16, 3, 14, th.fg, 1),
    left ? T(34, y + 13, title, 18, { b: true }) : T(w / 2, y + 12, title, 17, { b: true, a: 'c' }),
    R(w - 34, y + 22, 4, 4, th.fg, 2),
    R(w - 26, y + 22, 4, 4, th.fg, 2),
  ];
}

/** A list row: label left, value right, a hairline under it. */
export function row(th: Theme, w: number, y: number, label: string, value: string, o: { vc?: string; size?: number } = {}): Op[] {
  const size = o.size ?? 15;
  return [
    R(0, y, w, 48, th.panel),
    T(18, y + (48 - size) / 2, label, size),
    T(w - 18, y + (48 - size) / 2, value, size, { a: 'r', c: o.vc ?? th.mute }),
    R(18, y + 47, w - 36, 1, th.line),
  ];
}

/** The notification shade pulled down over the app: a dark panel with notifications (app, title, text). */
export function shade(w: number, notes: [string, string][], top = 0): Op[] {
  const ops: Op[] = [R(0, top, w, 40 + notes.length * 74, '#202124')];
  ops.push(T(16, top + 12, '12月4日 周五', 13, { c: '#e8eaed' }));
  notes.forEach(([app, text], i) => {
    const y = top + 38 + i * 74;
    ops.push(R(10, y, w - 20, 66, '#303134', 14), R(22, y + 12, 14, 14, '#8ab4f8', 7));
    ops.push(T(44, y + 11, app, 12, { c: '#bdc1c6' }), T(22, y + 36, text, 13, { c: '#e8eaed' }));
  });
  return ops;
}
