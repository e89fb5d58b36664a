// The words of the popup's "本页读到 / Read on this page" section and its "不对？" action, kept out of
// the main dictionary (merges stay easy). `tab-reading-en.ts` must have exactly these keys.
export const tabReadingZh = {
  'reading.title': '本页读到',
  'reading.hint': '额度哨兵在这个页面上读到并记下了这些。',
  'reading.field.totalLimit': '总额度',
  'reading.field.availableLimit': '可用额度',
  'reading.field.usedAmount': '已用 / 待还',
  'reading.field.dailyRate': '日利率',
  'reading.field.apr': '年化利率',
  'reading.field.status': '状态',
  'reading.field.increaseAvailable': '提额入口',
  'reading.increase.open': '有',
  'reading.increase.closed': '暂不可用',
  'reading.wrong': '不对？',
  'reading.wrong.pick': '读错了：删除这条记录，并在页面上点出正确的数字（{what}）',
  'reading.wrong.remove': '读错了：删除这条记录（{what}）',
  'reading.removing': '正在删除…',
  'reading.picking':
    '已删除这条记录。请在页面上依次点击正确的数字（页面顶部会说明要找哪一项），页面上没有的点「跳过」。保存后，下次打开这个页面就会读对。',
  'reading.builtIn': '已删除这条记录。这个网站由额度哨兵内置的规则读取，不能在页面上选取；再次打开页面时可能会再读到同样的值。',
  'reading.notFirst': '已删除这条记录。在页面上选取的数字只用于本页的第一个账户，所以这里不打开选取。',
  'reading.noPicker': '已删除这条记录，但没能在页面上打开选取（这个网站可能已不再记录）。',
  'reading.gone': '这条记录已经不在了（可能已经删除）。',
  'reading.undone': '已恢复这条记录，并关闭了页面上的选取。',
} as const;

export type TabReadingKey = keyof typeof tabReadingZh;
