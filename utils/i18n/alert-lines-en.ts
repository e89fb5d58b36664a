import type { AlertLinesKey } from './alert-lines-zh';

export const alertLinesEn: Record<AlertLinesKey, string> = {
  'lines.also': 'also: {rules}',
  'lines.count': '{n} alerts',
  'lines.heading': 'Changes to look at ({n})',
  'lines.none': 'No alerts right now.',
  'lines.showOnChart': 'Show on the chart',
  'lines.showOnChartOf': 'Show on the chart: {title}',
  'lines.marked': 'Red vertical line: {title} ({when})',
  'lines.dismissLine': 'Dismiss this line',
  'lines.latest': 'latest change {when}',
};
