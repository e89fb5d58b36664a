// Words of the alert lines (one line per change) in the popup and on the dashboard, and of the
// chart's alert mark. A dictionary of its own so that the pages' dictionaries stay as they are.
export const alertLinesZh = {
  'lines.also': '同时：{rules}',
  'lines.count': '共 {n} 条',
  'lines.heading': '需要注意的变化（{n}）',
  'lines.none': '目前没有提醒。',
  'lines.showOnChart': '在图表中查看',
  'lines.showOnChartOf': '在图表中查看：{title}',
  'lines.marked': '图中红色竖线：{title}（{when}）',
  'lines.dismissLine': '忽略这一条',
  'lines.latest': '最近一次变化：{when}',
};

export type AlertLinesKey = keyof typeof alertLinesZh;
