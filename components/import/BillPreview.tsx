import { useState } from 'preact/hooks';
import type { BillAccountLine, BillSummary } from '../../utils/bills/to-history';
import { formatAmount, formatSourceDate } from '../../utils/format';
import type { Lang } from '../../utils/i18n';
import { hasOptionsKey, to, type OptionsKey } from '../../utils/i18n/options';
import { useLang } from '../shared/lang-context';

export interface BillPreviewProps {
  fileName: string;
  summary: BillSummary;
}

/** Unplaced rows listed before "show all": a long list would push the import button off screen. */
export const UNPLACED_SHOWN = 10;

// Amounts are shown (it is the person's own screen) but never leave this component.
export function BillPreview({ fileName, summary }: BillPreviewProps) {
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const { from, to: until, lines, unplaced } = summary;
  const shown = showAll ? unplaced : unplaced.slice(0, UNPLACED_SHOWN);
  return (
    <div class="bill-preview">
      <p class="bill-format">
        {to(lang, 'options.bills.recognised', { file: fileName, format: to(lang, `options.bills.format.${summary.format}`) })}
      </p>
      {from !== undefined && until !== undefined ? (
        <p>{to(lang, 'options.bills.range', { from: formatSourceDate(lang, from), to: formatSourceDate(lang, until) })}</p>
      ) : (
        <p>{to(lang, 'options.bills.noEvents')}</p>
      )}
      {lines.length > 0 && (
        <table class="bill-accounts">
          <thead>
            <tr>
              <th scope="col">{to(lang, 'options.bills.account')}</th>
              <th scope="col">{to(lang, 'options.bills.borrows')}</th>
              <th scope="col">{to(lang, 'options.bills.repays')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{accountName(lang, line)}</th>
                <td>{cell(lang, line.borrows, line.borrowed)}</td>
                <td>{cell(lang, line.repays, line.repaid)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.otherRows > 0 && <p class="muted">{to(lang, 'options.bills.other', { n: summary.otherRows })}</p>}
      {summary.duplicates > 0 && <p class="muted">{to(lang, 'options.bills.duplicates', { n: summary.duplicates })}</p>}
      {unplaced.length > 0 && (
        <div class="bill-unplaced">
          <p>{to(lang, 'options.bills.unplaced', { n: unplaced.length })}</p>
          <ul>
            {shown.map((row) => (
              <li key={row.line}>
                {to(lang, 'options.bills.line', {
                  line: row.line,
                  reason: to(lang, `options.bills.reason.${row.reason}` satisfies OptionsKey),
                })}
              </li>
            ))}
          </ul>
          {unplaced.length > UNPLACED_SHOWN && (
            <button type="button" class="link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? to(lang, 'options.bills.showFewer') : to(lang, 'options.bills.showAll', { n: unplaced.length })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The stored names (as the popup shows them); in English, a known product's English name first. */
export function accountName(lang: Lang, line: BillAccountLine): string {
  if (line.card) return to(lang, 'options.bills.card', { bank: line.lender });
  const stored = line.product ? `${line.lender} · ${line.product}` : line.lender;
  const key = `options.bills.product.${line.key}`;
  return lang === 'en' && hasOptionsKey(key) ? `${to(lang, key)} (${stored})` : stored;
}

const cell = (lang: Lang, n: number, sum: number) =>
  n === 0 ? '—' : to(lang, 'options.bills.cell', { n, amount: formatAmount(lang, sum) });
