// What the person controls about notifications, with the defaults and the checks applied whenever
// a value is read: storage can hold anything (an older build, a hand edit, a bad import), so every
// field that is not a valid value falls back to its default on its own.
import type { LangSetting } from '../i18n/lang';
import type { Severity } from '../rules/types';

/** Local wall-clock times as `HH:MM` (what `<input type="time">` gives). End is exclusive. */
export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

export type SeverityToggles = Record<Severity, boolean>;

export interface DeliverySettings {
  notify: SeverityToggles;
  checkIntervalHours: number;
  /** Local hour (0–23) of the daily warning digest. */
  digestHour: number;
  quietHours: QuietHours;
  language: LangSetting;
  /** Weekly stale-account reminders (reminders.ts), sent with the digest. */
  reminders: boolean;
}

export const CHECK_INTERVAL_HOURS = { min: 1, max: 168 } as const;

export const DELIVERY_DEFAULTS: DeliverySettings = {
  // Info never notifies (popup only); the flag exists so the options page can show it, switched off.
  notify: { critical: true, warning: true, info: false },
  checkIntervalHours: 6,
  digestHour: 9,
  quietHours: { enabled: true, start: '22:00', end: '08:00' },
  language: 'auto',
  reminders: true,
};

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

export const isClock = (v: unknown): v is string => typeof v === 'string' && CLOCK.test(v);

export function checkToggles(raw: unknown): SeverityToggles {
  const d = DELIVERY_DEFAULTS.notify;
  const r = isRecord(raw) ? raw : {};
  return {
    critical: typeof r.critical === 'boolean' ? r.critical : d.critical,
    warning: typeof r.warning === 'boolean' ? r.warning : d.warning,
    info: false,
  };
}

export function checkIntervalHours(raw: unknown): number {
  return intIn(raw, CHECK_INTERVAL_HOURS.min, CHECK_INTERVAL_HOURS.max) ? raw : DELIVERY_DEFAULTS.checkIntervalHours;
}

export function checkDigestHour(raw: unknown): number {
  return intIn(raw, 0, 23) ? raw : DELIVERY_DEFAULTS.digestHour;
}

export function checkQuietHours(raw: unknown): QuietHours {
  const d = DELIVERY_DEFAULTS.quietHours;
  const r = isRecord(raw) ? raw : {};
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : d.enabled,
    start: isClock(r.start) ? r.start : d.start,
    end: isClock(r.end) ? r.end : d.end,
  };
}

export function checkLanguage(raw: unknown): LangSetting {
  return raw === 'zh' || raw === 'en' || raw === 'auto' ? raw : DELIVERY_DEFAULTS.language;
}

export function checkDeliverySettings(value: unknown): DeliverySettings {
  const raw: Partial<Record<keyof DeliverySettings, unknown>> = isRecord(value) ? value : {};
  return {
    notify: checkToggles(raw.notify),
    checkIntervalHours: checkIntervalHours(raw.checkIntervalHours),
    digestHour: checkDigestHour(raw.digestHour),
    quietHours: checkQuietHours(raw.quietHours),
    language: checkLanguage(raw.language),
    reminders: typeof raw.reminders === 'boolean' ? raw.reminders : DELIVERY_DEFAULTS.reminders,
  };
}
