// A screenshot's fields as read: each with its input (yuan, percent, a status, yes / no), the line it
// was read from, and a remove / restore button. A removed field stays listed, struck through.
import { t } from '../../utils/i18n';
import { ti } from '../../utils/i18n/import';
import { STATUSES } from '../../utils/model/types';
import { useLang } from '../shared/lang-context';
import type { DraftField } from './shot-draft';

export function ShotFields({ id, fields, onChange }: { id: string; fields: DraftField[]; onChange(fields: DraftField[]): void }) {
  const lang = useLang();
  const set = (i: number, patch: Partial<DraftField>) => onChange(fields.map((f, k) => (k === i ? { ...f, ...patch } : f)));
  return (
    <table class="shot-fields" aria-label={ti(lang, 'import.shot.fields')}>
      <tbody>
        {fields.map((f, i) => {
          const input = `${id}-${i}`;
          return (
            <tr key={i} class={f.removed ? 'removed' : undefined}>
              <th scope="row">
                <label for={input}>{ti(lang, `import.shot.field.${f.field}`)}</label>
              </th>
              <td>
                {f.removed ? (
                  <span class="muted">{ti(lang, 'import.shot.removed')}</span>
                ) : f.field === 'status' ? (
                  <select id={input} value={f.value} onChange={(e) => set(i, { value: e.currentTarget.value })}>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(lang, `status.${s}`)}
                      </option>
                    ))}
                  </select>
                ) : f.field === 'increaseAvailable' ? (
                  <select id={input} value={f.value} onChange={(e) => set(i, { value: e.currentTarget.value })}>
                    <option value="true">{ti(lang, 'import.shot.yes')}</option>
                    <option value="false">{ti(lang, 'import.shot.no')}</option>
                  </select>
                ) : (
                  <input
                    id={input}
                    class="shot-value"
                    inputMode="decimal"
                    value={f.value}
                    onInput={(e) => set(i, { value: e.currentTarget.value })}
                  />
                )}
              </td>
              <td class="muted shot-seen">{ti(lang, 'import.shot.seen', { text: f.text })}</td>
              <td>
                <button type="button" class="link" onClick={() => set(i, { removed: !f.removed })}>
                  {ti(lang, f.removed ? 'import.shot.restore' : 'import.shot.remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
