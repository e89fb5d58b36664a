// The real chart: uPlot (npm `uplot`, ~50 kB, canvas). Chosen over Chart.js (~200 kB, slower on
// long series), ECharts (~1 MB) and Recharts/Victory (SVG and React, one node per point): it is
// built for long time series, fast on canvas, keeps its legend as text, and is well kept.
// Imported only by the dashboard page's entrypoint, so no other bundle carries it.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CreateChart } from './chart-options';

export const createUPlot: CreateChart = (opts, data, el) => new uPlot(opts, data, el);

/** Stepped lines: a value holds until the next view (the path builder comes with uPlot). */
export const steppedPaths = uPlot.paths.stepped?.({ align: 1 });
