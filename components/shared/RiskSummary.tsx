import { t } from '../../utils/i18n';
import type { Risk } from '../../utils/rules/risk';
import { useLang } from './lang-context';

export interface RiskSummaryProps {
  risk: Risk;
}

/** The overall level first, in words and colour; the score and what drives it underneath. */
export function RiskSummary({ risk }: RiskSummaryProps) {
  const lang = useLang();
  const separator = t(lang, 'list.separator');
  return (
    <section class={`risk risk-${risk.level}`} aria-labelledby="risk-title">
      <div class="risk-row">
        <h2 id="risk-title" class="risk-title">
          {t(lang, 'risk.heading')}
          <span class="risk-level">{t(lang, `risk.${risk.level}`)}</span>
        </h2>
        <span class="risk-score" title={t(lang, 'risk.scoreHint')}>
          {t(lang, 'risk.score', { score: risk.score })}
        </span>
      </div>
      <p class="risk-drivers">
        {risk.drivers.length
          ? t(lang, 'assess.drivers', { drivers: risk.drivers.map((r) => t(lang, `rule.${r}`)).join(separator) })
          : t(lang, 'assess.none')}
      </p>
    </section>
  );
}
