import { formatAmount } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { LimitSeries } from '../../utils/model/alert-record';
import { useLang } from './lang-context';

export interface SparklineProps {
  series: LimitSeries;
  width?: number;
  height?: number;
}

const DAY = 86_400_000;

/**
 * The account's limit as a step line (a limit holds until it changes), with its highest and latest
 * values written out: a line alone does not say how much. The whole chart has a text equivalent.
 */
export function Sparkline({ series, width = 320, height = 56 }: SparklineProps) {
  const lang = useLang();
  const pts = series.points.map((p) => ({ t: Date.parse(p.at), v: p.value }));
  if (pts.length === 0) return null;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const t0 = first.t;
  const t1 = Math.max(last.t, t0 + DAY);
  const max = Math.max(...pts.map((p) => p.v));
  const min = Math.min(0, ...pts.map((p) => p.v));
  const pad = 4;
  const x = (time: number) => pad + ((time - t0) / (t1 - t0)) * (width - 2 * pad);
  const y = (v: number) => pad + (max === min ? 0.5 : (max - v) / (max - min)) * (height - 2 * pad);
  let d = `M${x(first.t).toFixed(1)},${y(first.v).toFixed(1)}`;
  for (const p of pts.slice(1)) d += `H${x(p.t).toFixed(1)}V${y(p.v).toFixed(1)}`;
  if (pts.length === 1) d += `H${(width - pad).toFixed(1)}`;
  const metric = t(lang, series.metric === 'totalLimit' ? 'card.total' : 'card.available');
  const label = t(lang, 'alerts.chartLabel', {
    metric,
    from: formatAmount(lang, first.v),
    to: formatAmount(lang, last.v),
    max: formatAmount(lang, max),
  });
  const dates = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { month: 'short', day: 'numeric' });
  return (
    <figure class="spark">
      <figcaption class="spark-head">
        <span>{t(lang, 'alerts.chartTitle', { metric })}</span>
        <span class="spark-max">{t(lang, 'alerts.chartMax', { max: formatAmount(lang, max) })}</span>
      </figcaption>
      <svg
        class="spark-svg"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <line class="spark-base" x1={pad} x2={width - pad} y1={y(min)} y2={y(min)} />
        <path class="spark-line" d={d} fill="none" vector-effect="non-scaling-stroke" />
        <circle class="spark-dot" cx={x(last.t)} cy={y(last.v)} r="2.5" />
      </svg>
      <div class="spark-foot">
        <span>{dates.format(first.t)}</span>
        <span class="spark-last">{t(lang, 'alerts.chartLatest', { value: formatAmount(lang, last.v) })}</span>
        <span>{last.t - first.t >= DAY ? dates.format(last.t) : ''}</span>
      </div>
    </figure>
  );
}
