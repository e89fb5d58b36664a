import { useState } from 'preact/hooks';
import { to, type OptionsKey } from '../../utils/i18n/options';
import type { Lang } from '../../utils/i18n';
import { fieldMeta, metaOf } from '../../utils/rules/catalog';
import { fieldKey, overridesFrom, textsFrom, THRESHOLD_RULES, displayValue, type ThresholdTexts } from '../../utils/forms/threshold-form';
import { DEFAULT_RULE_SETTINGS, thresholdKind } from '../../utils/rules/thresholds';
import { thresholdProblemText, type ThresholdOverrides, type ThresholdProblem } from '../../utils/rules/thresholds-check';
import { ruleThresholdsItem } from '../../utils/settings';
import { useLang } from '../shared/lang-context';
import { SaveActions } from './SaveActions';

export interface OptionsThresholdsProps {
  /** The stored overrides when the page opened. */
  initial: ThresholdOverrides;
}

/** The field's name in the person's words (from the rule's meta); an unnamed field shows its id rather than nothing. */
export function fieldLabel(lang: Lang, field: string, rule?: string): string {
  return fieldMeta(field, rule)?.label[lang] ?? field;
}

const withUnit = (lang: Lang, label: string, unit: string) => (lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`);
const DEFAULTS = DEFAULT_RULE_SETTINGS as unknown as Record<string, Record<string, number>>;
const inputId = (rule: string, field: string) => `th-${rule}-${field}`;

// Validated as a whole on save (every field, then warning ≤ critical): on any problem nothing is
// written, the text stays as typed, and each refusal is shown next to its field.
export function OptionsThresholds({ initial }: OptionsThresholdsProps) {
  const lang = useLang();
  const [texts, setTexts] = useState<ThresholdTexts>(() => textsFrom(initial));
  const [problems, setProblems] = useState<ThresholdProblem[]>([]);
  const [note, setNote] = useState<string>();
  const [saving, setSaving] = useState(false);

  const problemAt = (rule: string, field: string) => problems.find((p) => p.rule === rule && p.field === field);
  const problemText = (p: ThresholdProblem) =>
    thresholdProblemText(lang, {
      ...p,
      field: fieldLabel(lang, p.field, p.rule),
      ...(p.problem === 'order' ? { other: fieldLabel(lang, p.other, p.rule) } : {}),
    } as ThresholdProblem);

  const write = async (overrides: ThresholdOverrides, done: OptionsKey) => {
    setSaving(true);
    try {
      await ruleThresholdsItem.setValue(overrides);
    } finally {
      setSaving(false);
    }
    setNote(to(lang, done));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setNote(undefined);
    const result = overridesFrom(texts);
    if (!result.ok) {
      setProblems(result.problems);
      return setNote(to(lang, 'options.notSaved'));
    }
    setProblems([]);
    await write(result.overrides, 'options.saved');
  };

  const restore = async () => {
    setProblems([]);
    setTexts(textsFrom({}));
    await write({}, 'options.thresholds.restored');
  };

  return (
    <form class="options-section" onSubmit={(e) => void save(e)} noValidate aria-labelledby="opt-thresholds-title">
      <h2 id="opt-thresholds-title" class="section-title">
        {to(lang, 'options.thresholds.title')}
      </h2>
      <p class="muted">{to(lang, 'options.thresholds.note')}</p>
      {THRESHOLD_RULES.map(({ rule, fields }) => (
        <fieldset key={rule} class="rule">
          <legend>{metaOf(rule)?.name[lang] ?? rule}</legend>
          {fields.length === 0 && <p class="muted">{to(lang, 'options.thresholds.none')}</p>}
          <div class="grid2">
            {fields.map((field) => {
              const id = inputId(rule, field);
              const problem = problemAt(rule, field);
              const kind = thresholdKind(field, rule);
              return (
                <div key={field} class={problem ? 'field field-invalid' : 'field'}>
                  <label for={id}>{withUnit(lang, fieldLabel(lang, field, rule), to(lang, `options.unit.${kind}`))}</label>
                  <input
                    id={id}
                    type="text"
                    inputMode={kind === 'share' ? 'decimal' : 'numeric'}
                    autoComplete="off"
                    value={texts[fieldKey(rule, field)]}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                    onInput={(ev) => {
                      const value = ev.currentTarget.value;
                      setTexts((all) => ({ ...all, [fieldKey(rule, field)]: value }));
                    }}
                  />
                  <span class="field-hint">
                    {to(lang, 'options.thresholds.default', { value: displayValue(field, DEFAULTS[rule]![field]!) })}
                  </span>
                  {problem && (
                    <p id={`${id}-error`} class="field-error">
                      {problemText(problem)}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <SaveActions saving={saving} note={note} failed={problems.length > 0}>
        <button type="button" disabled={saving} onClick={() => void restore()}>
          {to(lang, 'options.thresholds.restore')}
        </button>
      </SaveActions>
    </form>
  );
}
