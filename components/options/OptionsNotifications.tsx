import { useState } from 'preact/hooks';
import { to } from '../../utils/i18n/options';
import type { LangSetting } from '../../utils/i18n';
import { CHECK_INTERVAL_HOURS, isClock, type DeliverySettings } from '../../utils/notify/delivery-settings';
import {
  checkIntervalHoursItem,
  digestHourItem,
  languageItem,
  notifySeveritiesItem,
  quietHoursItem,
  remindersItem,
} from '../../utils/settings';
import { useLang } from '../shared/lang-context';
import { SaveActions } from './SaveActions';

export interface OptionsNotificationsProps {
  initial: DeliverySettings;
  /** After a save: the page switches language at once when that setting changed. */
  onSaved: (settings: DeliverySettings) => void;
}

type Errors = Partial<Record<'interval' | 'start' | 'end', string>>;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const LANGS: LangSetting[] = ['auto', 'zh', 'en'];

// Nothing is written until every field is valid; what was typed stays in the form either way.
export function OptionsNotifications({ initial, onSaved }: OptionsNotificationsProps) {
  const lang = useLang();
  const [critical, setCritical] = useState(initial.notify.critical);
  const [warning, setWarning] = useState(initial.notify.warning);
  const [interval, setInterval] = useState(String(initial.checkIntervalHours));
  const [digestHour, setDigestHour] = useState(initial.digestHour);
  const [quiet, setQuiet] = useState(initial.quietHours);
  const [language, setLanguage] = useState<LangSetting>(initial.language);
  const [reminders, setReminders] = useState(initial.reminders);
  const [errors, setErrors] = useState<Errors>({});
  const [note, setNote] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    setNote(undefined);
    const hours = Number(interval.trim());
    const found: Errors = {};
    if (interval.trim() === '' || !Number.isInteger(hours) || hours < CHECK_INTERVAL_HOURS.min || hours > CHECK_INTERVAL_HOURS.max)
      found.interval = to(lang, 'options.notify.intervalError');
    if (!isClock(quiet.start)) found.start = to(lang, 'options.notify.clockError');
    if (!isClock(quiet.end)) found.end = to(lang, 'options.notify.clockError');
    setErrors(found);
    if (Object.keys(found).length) return setNote(to(lang, 'options.notSaved'));
    const settings: DeliverySettings = {
      notify: { critical, warning, info: false },
      checkIntervalHours: hours,
      digestHour,
      quietHours: quiet,
      language,
      reminders,
    };
    setSaving(true);
    try {
      await Promise.all([
        notifySeveritiesItem.setValue(settings.notify),
        checkIntervalHoursItem.setValue(settings.checkIntervalHours),
        digestHourItem.setValue(settings.digestHour),
        quietHoursItem.setValue(settings.quietHours),
        languageItem.setValue(settings.language),
        remindersItem.setValue(settings.reminders),
      ]);
    } finally {
      setSaving(false);
    }
    onSaved(settings);
    setNote(to(settings.language === 'auto' ? lang : settings.language, 'options.saved'));
  };

  const error = (id: string, text?: string) =>
    text && (
      <p id={`${id}-error`} class="field-error">
        {text}
      </p>
    );

  return (
    <form class="options-section" onSubmit={(e) => void save(e)} noValidate aria-labelledby="opt-notify-title">
      <h2 id="opt-notify-title" class="section-title">
        {to(lang, 'options.notify.title')}
      </h2>
      <label class="check">
        <input id="opt-critical" type="checkbox" checked={critical} onChange={(e) => setCritical(e.currentTarget.checked)} />
        {to(lang, 'options.notify.critical')}
      </label>
      <label class="check">
        <input id="opt-warning" type="checkbox" checked={warning} onChange={(e) => setWarning(e.currentTarget.checked)} />
        {to(lang, 'options.notify.warning')}
      </label>
      <p class="muted">{to(lang, 'options.notify.infoNote')}</p>
      <label class="check">
        <input id="opt-reminders" type="checkbox" checked={reminders} onChange={(e) => setReminders(e.currentTarget.checked)} />
        {to(lang, 'options.notify.reminders')}
      </label>
      <div class="grid3">
        <div class={errors.interval ? 'field field-invalid' : 'field'}>
          <label for="opt-interval">{to(lang, 'options.notify.interval')}</label>
          <input
            id="opt-interval"
            type="text"
            inputMode="numeric"
            value={interval}
            aria-invalid={errors.interval ? true : undefined}
            aria-describedby={errors.interval ? 'opt-interval-error' : undefined}
            onInput={(e) => setInterval(e.currentTarget.value)}
          />
          {error('opt-interval', errors.interval)}
        </div>
        <div class="field">
          <label for="opt-digest">{to(lang, 'options.notify.digestHour')}</label>
          <select id="opt-digest" value={String(digestHour)} onChange={(e) => setDigestHour(Number(e.currentTarget.value))}>
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-language">{to(lang, 'options.language')}</label>
          <select id="opt-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as LangSetting)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {to(lang, `options.language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="quiet">
        <legend>{to(lang, 'options.notify.quiet')}</legend>
        <label class="check">
          <input
            id="opt-quiet"
            type="checkbox"
            checked={quiet.enabled}
            onChange={(e) => setQuiet({ ...quiet, enabled: e.currentTarget.checked })}
          />
          {to(lang, 'options.notify.quietEnabled')}
        </label>
        <div class="grid2">
          {(['start', 'end'] as const).map((end) => (
            <div key={end} class={errors[end] ? 'field field-invalid' : 'field'}>
              <label for={`opt-quiet-${end}`}>{to(lang, end === 'start' ? 'options.notify.quietStart' : 'options.notify.quietEnd')}</label>
              <input
                id={`opt-quiet-${end}`}
                type="time"
                value={quiet[end]}
                disabled={!quiet.enabled}
                aria-invalid={errors[end] ? true : undefined}
                aria-describedby={errors[end] ? `opt-quiet-${end}-error` : undefined}
                onInput={(e) => setQuiet({ ...quiet, [end]: e.currentTarget.value })}
              />
              {error(`opt-quiet-${end}`, errors[end])}
            </div>
          ))}
        </div>
      </fieldset>
      <SaveActions saving={saving} note={note} failed={Object.keys(errors).length > 0} />
    </form>
  );
}
