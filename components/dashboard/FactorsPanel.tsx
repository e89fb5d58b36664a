import { formatDateTime, formatUtilization } from '../../utils/format';
import { t, type Lang } from '../../utils/i18n';
import { hasFactorsKey, tf } from '../../utils/i18n/factors';
import type { Factor, FactorReport } from '../../utils/factors';
import './factors.css';
import { useLang } from '../shared/lang-context';

export interface FactorsPanelProps {
  report: FactorReport;
}

const valueText = (lang: Lang, f: Factor, v = f.value) =>
  f.unit === 'share' ? formatUtilization(lang, v) : tf(lang, 'factors.value.count', { n: v });

function lineText(lang: Lang, f: Factor): string {
  if (f.threshold === undefined) return tf(lang, 'factors.threshold.none');
  if (f.unit === 'share')
    return tf(lang, 'factors.threshold.share', { share: formatUtilization(lang, f.threshold), days: f.spanDays ?? 0 });
  return tf(lang, 'factors.threshold.count', { n: f.threshold });
}

function FactorRows({ f }: { f: Factor }) {
  const lang = useLang();
  const cited = `factors.cited.${f.id}`;
  const level = f.level ?? 'none';
  return (
    <>
      <tr class={`factor factor-${level}`} data-factor={f.id}>
        <th scope="row" class="factor-name">
          {tf(lang, `factors.name.${f.id}`, { days: f.windowDays ?? 0 })}
        </th>
        <td class="factor-value">{valueText(lang, f)}</td>
        <td class="factor-line">
          {hasFactorsKey(cited) && <span class="factor-cited">{tf(lang, cited)}</span>}
          <span class="factor-threshold">{lineText(lang, f)}</span>
        </td>
        <td class="factor-level">
          <span class="factor-badge">{tf(lang, `factors.level.${level}`)}</span>
          {f.fires && <span class="factor-fires">{tf(lang, 'factors.fires')}</span>}
        </td>
        <td class="factor-rule">{t(lang, `rule.${f.rule}`)}</td>
      </tr>
      {f.projection && (
        <tr class="factor-projection" data-factor={f.id}>
          <td colSpan={5}>
            <span class="factor-projection-title">{tf(lang, 'factors.projection')}</span>
            <ul>
              {f.projection.drops.map((d) => (
                <li key={d.at}>{tf(lang, 'factors.drop', { date: formatDateTime(lang, d.at), value: valueText(lang, f, d.value) })}</li>
              ))}
              {f.projection.withinAt && (
                <li class="factor-within">{tf(lang, 'factors.within', { date: formatDateTime(lang, f.projection.withinAt) })}</li>
              )}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

/** Each factor behind the alerts: today's value, its line, a level in words and colour, the alert it feeds, and when time brings it down. */
export function FactorsPanel({ report }: FactorsPanelProps) {
  const lang = useLang();
  return (
    <section class="factors" aria-labelledby="factors-title">
      <h2 id="factors-title">{tf(lang, 'factors.title')}</h2>
      <p class="factors-intro">{tf(lang, 'factors.intro')}</p>
      {report.factors.length === 0 ? (
        <p class="factors-empty">{tf(lang, 'factors.empty')}</p>
      ) : (
        <table class="factors-table">
          <thead>
            <tr>
              <th scope="col">{tf(lang, 'factors.col.factor')}</th>
              <th scope="col">{tf(lang, 'factors.col.value')}</th>
              <th scope="col">{tf(lang, 'factors.col.line')}</th>
              <th scope="col">{tf(lang, 'factors.col.level')}</th>
              <th scope="col">{tf(lang, 'factors.col.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {report.factors.map((f) => (
              <FactorRows key={f.id} f={f} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
