import { useState } from 'preact/hooks';
import { to } from '../../utils/i18n/options';
import { PICK_FIELDS, type PickField } from '../../utils/picker/site-rules';
import { withoutRule, withRule, type SiteRules } from '../../utils/picker/stored-rules';
import { siteRulesItem } from '../../utils/settings';
import { useLang } from '../shared/lang-context';

export interface OptionsPickedRulesProps {
  initial: SiteRules;
}

/**
 * The values picked on pages, per site: what each one is (changeable) and where it is, with delete.
 * Saved at once; a page already open reads the change the next time it loads.
 */
export function OptionsPickedRules({ initial }: OptionsPickedRulesProps) {
  const lang = useLang();
  const [rules, setRules] = useState(initial);
  const [note, setNote] = useState<string>();
  const save = async (next: SiteRules) => {
    setRules(next);
    setNote(undefined);
    await siteRulesItem.setValue(next);
    setNote(to(lang, 'options.saved'));
  };
  const change = (origin: string, from: PickField, field: PickField) => {
    const rule = rules[origin]?.find((r) => r.field === from);
    if (rule && field !== from) void save(withRule(withoutRule(rules, origin, from), origin, { ...rule, field }));
  };
  const sites = Object.keys(rules).sort();
  return (
    <section class="options-section" aria-labelledby="opt-picked-title">
      <h2 id="opt-picked-title" class="section-title">
        {to(lang, 'options.picked.title')}
      </h2>
      <p class="muted">{to(lang, 'options.picked.intro')}</p>
      {sites.length === 0 && <p class="muted">{to(lang, 'options.picked.none')}</p>}
      {sites.map((origin) => (
        <div key={origin} class="picked-site">
          <h3 class="picked-origin">{origin}</h3>
          <ul class="picked-list">
            {rules[origin]!.map((r) => (
              <li key={r.field} class="picked-rule">
                <select
                  aria-label={to(lang, 'options.picked.field')}
                  value={r.field}
                  onChange={(e) => change(origin, r.field, e.currentTarget.value as PickField)}
                >
                  {PICK_FIELDS.map((f) => (
                    <option key={f} value={f} disabled={f !== r.field && rules[origin]!.some((o) => o.field === f)}>
                      {to(lang, `options.picked.field.${f}`)}
                    </option>
                  ))}
                </select>
                <span class="picked-where">
                  {r.label && <span>{to(lang, 'options.picked.after', { label: r.label })} </span>}
                  <code>{r.selector}</code>
                </span>
                <button type="button" class="small" onClick={() => void save(withoutRule(rules, origin, r.field))}>
                  {to(lang, 'options.picked.delete')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {note && (
        <p class="ok" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
