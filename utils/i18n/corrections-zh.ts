// The words of the dashboard's corrections (remove with undo, rename, merge), kept out of the main
// dictionary so the popup does not carry them. `corrections-en.ts` must have exactly these keys.
export const correctionsZh = {
  'corrections.remove': '删除',
  'corrections.remove.label': '删除这条记录：{what}',
  'corrections.removing': '正在删除…',
  'corrections.removed': '已删除 1 条记录',
  'corrections.undo': '撤销',
  'corrections.undoing': '正在撤销…',
  'corrections.undone': '已恢复这条记录。',
  'corrections.close': '关闭',
  'corrections.rename.title': '重命名账户',
  'corrections.rename.lender': '机构名称',
  'corrections.rename.product': '产品名称（可不填）',
  'corrections.rename.save': '保存名称',
  'corrections.rename.saving': '正在保存…',
  'corrections.rename.saved': '已改名。以后再次读取这个页面，也会保留你起的名字。',
  'corrections.rename.empty': '请填写机构名称。',
  'corrections.merge.title': '合并账户',
  'corrections.merge.intro': '同一个账户被记成了两个（例如同一张卡从两个页面读取）？选择另一个账户，把它合并到「{into}」。',
  'corrections.merge.choose': '要合并进来的账户',
  'corrections.merge.pick': '请选择…',
  'corrections.merge.none': '没有其他账户可以合并。',
  'corrections.merge.next': '继续…',
  'corrections.merge.confirm':
    '「{from}」的全部记录（{observations} 条）和它的所有事件将移到「{into}」，然后「{from}」会被删除，提醒会重新计算。此操作无法撤销。',
  'corrections.merge.confirmUnknown':
    '「{from}」的全部记录和它的所有事件将移到「{into}」，然后「{from}」会被删除，提醒会重新计算。此操作无法撤销。',
  'corrections.merge.do': '合并（无法撤销）',
  'corrections.merge.merging': '正在合并…',
  'corrections.merge.cancel': '取消',
  'corrections.merge.done': '已合并：移入 {observations} 条记录、{events} 个事件。',
  'corrections.merge.shifted': '其中 {count} 条与已有记录时间相同，已顺延 1 毫秒保留。',
} as const;

export type CorrectionsKey = keyof typeof correctionsZh;
