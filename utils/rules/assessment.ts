// The `assess` command's output (cli.md), built from the same engine the background runs.
import { t, type Lang } from '../i18n';
import type { HistoryFile } from '../model/types';
import { describeAlert, type AlertReport, type DescribeOptions } from './describe';
import { evaluateHistory } from './engine';
import { riskOf, type Risk } from './risk';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './thresholds';

export interface Assessment {
  now: string;
  risk: Risk;
  alerts: AlertReport[];
}

export function assessHistory(
  file: Pick<HistoryFile, 'accounts' | 'observations' | 'events'>,
  now: Date,
  lang: Lang,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  options: DescribeOptions = {},
): Assessment {
  const alerts = evaluateHistory(file, now, settings);
  const accounts = new Map(file.accounts.map((a) => [a.id, a]));
  return { now: now.toISOString(), risk: riskOf(alerts), alerts: alerts.map((a) => describeAlert(a, lang, accounts, options)) };
}

/** The same assessment for a person reading a terminal. */
export function assessmentText(a: Assessment, lang: Lang, options: DescribeOptions = {}): string {
  const date = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(new Date(a.now));
  const lines = [
    t(lang, 'assess.heading', { date }),
    t(lang, 'assess.risk', { level: t(lang, `risk.${a.risk.level}`), score: a.risk.score }),
  ];
  if (a.risk.drivers.length)
    lines.push(t(lang, 'assess.drivers', { drivers: a.risk.drivers.map((r) => t(lang, `rule.${r}`)).join(t(lang, 'list.separator')) }));
  if (!a.alerts.length) lines.push('', t(lang, 'assess.none'));
  // Several alerts share one piece of advice; print it once and point back to it after that.
  const adviceGivenWith = new Map<string, string>();
  for (const alert of a.alerts) {
    lines.push('', `[${t(lang, `severity.${alert.severity}`)}] ${alert.title}`, `  ${alert.detail}`);
    const key = alert.advice.join('\n');
    const earlier = adviceGivenWith.get(key);
    if (earlier !== undefined) {
      lines.push(`  ${t(lang, 'assess.adviceAbove', { title: earlier })}`);
      continue;
    }
    adviceGivenWith.set(key, alert.title);
    lines.push(`  ${t(lang, 'assess.advice')}`);
    for (const advice of alert.advice) lines.push(`   - ${advice}`);
  }
  return lines.join('\n') + '\n';
}
