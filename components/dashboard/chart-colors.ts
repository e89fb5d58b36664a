// The chart's colours come from the page's CSS custom properties (dashboard.css: light, and dark
// under prefers-color-scheme), read again when the system scheme changes.
import { useEffect, useState } from 'preact/hooks';
import type { ChartColors } from './chart-options';

const NAMES: (keyof ChartColors)[] = [
  'total',
  'available',
  'used',
  'status',
  'increase',
  'borrow',
  'repay',
  'inquiry',
  'axis',
  'grid',
  'alert',
];

export const FALLBACK_COLORS: ChartColors = {
  total: '#0b5cad',
  available: '#1a7f37',
  used: '#bc4c00',
  status: '#c4212b',
  increase: '#8250df',
  borrow: '#9a6700',
  repay: '#0a7ea4',
  inquiry: '#59636e',
  axis: '#59636e',
  grid: '#d1d9e0',
  alert: '#cf222e',
};

export function readChartColors(root: Element | undefined): ChartColors {
  if (!root || typeof getComputedStyle !== 'function') return FALLBACK_COLORS;
  const style = getComputedStyle(root);
  const out = { ...FALLBACK_COLORS };
  for (const n of NAMES) out[n] = style.getPropertyValue(`--chart-${n}`).trim() || FALLBACK_COLORS[n];
  return out;
}

/** The colours now, and again after every light/dark switch of the system. */
export function useChartColors(): ChartColors {
  const read = () => readChartColors(typeof document === 'undefined' ? undefined : document.documentElement);
  const [colors, setColors] = useState<ChartColors>(read);
  useEffect(() => {
    const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    const onChange = () => setColors(read());
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);
  return colors;
}
