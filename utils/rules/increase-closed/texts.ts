import type { RuleAlert } from '../shapes';
import { num, str, type AlertTexts, type TextContext } from '../texts-types';

/** The last sighting of the closed entry, when it is a different day from the closing. */
const lastSeen = (a: RuleAlert, c: TextContext): string | undefined => {
  const seen = c.date(str(a, 'lastSeenAt'));
  return seen !== c.date(str(a, 'closedAt')) ? seen : undefined;
};

export const increaseClosedText: AlertTexts = {
  zh: (a, c) => {
    const seen = lastSeen(a, c);
    return {
      title: `${c.accountName ?? ''} 提额入口关闭`,
      detail:
        `自 ${c.date(str(a, 'closedAt'))}起，页面不再提供提额入口${seen ? `（最近一次看到：${seen}）` : ''}；` +
        `${c.date(str(a, 'lastOfferedAt'))}时还能申请提额。提额入口消失往往是额度收紧的早期信号。` +
        `提醒条件：${num(a, 'windowDays')} 天内出现过提额入口，而最新一次已关闭。`,
    };
  },
  en: (a, c) => {
    const seen = lastSeen(a, c);
    return {
      title: `${c.accountName ?? ''}: limit increase no longer offered`,
      detail:
        `Since ${c.date(str(a, 'closedAt'))} the page no longer offers a limit increase${seen ? ` (last seen ${seen})` : ''}; ` +
        `it was offered on ${c.date(str(a, 'lastOfferedAt'))}. The increase option often disappears before a cut. ` +
        `Alert condition: offered within ${num(a, 'windowDays')} days, gone on the latest view.`,
    };
  },
};
