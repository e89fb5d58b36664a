import type { TabReadingKey } from './tab-reading-zh';

export const tabReadingEn: Record<TabReadingKey, string> = {
  'reading.title': 'Read on this page',
  'reading.hint': 'What Limit Sentinel read and recorded on this page.',
  'reading.field.totalLimit': 'Total limit',
  'reading.field.availableLimit': 'Available limit',
  'reading.field.usedAmount': 'Used / owed',
  'reading.field.dailyRate': 'Daily rate',
  'reading.field.apr': 'APR',
  'reading.field.status': 'Status',
  'reading.field.increaseAvailable': 'Limit increase',
  'reading.increase.open': 'offered',
  'reading.increase.closed': 'not available',
  'reading.wrong': 'Wrong?',
  'reading.wrong.pick': 'Read wrong: remove this record and point at the right numbers on the page ({what})',
  'reading.wrong.remove': 'Read wrong: remove this record ({what})',
  'reading.removing': 'Removing…',
  'reading.picking':
    'Record removed. On the page, click the right number for each field in turn (the bar at the top says which); skip any the page does not show. Once saved, the next visit reads it right.',
  'reading.builtIn':
    'Record removed. This site is read by one of Limit Sentinel’s built-in readers, so picking on the page does not apply here; opening the page again may read the same value.',
  'reading.notFirst': 'Record removed. Numbers picked on a page fill only its first account, so picking is not opened here.',
  'reading.noPicker': 'Record removed, but picking could not be opened on the page (the site may no longer be tracked).',
  'reading.gone': 'That record is no longer stored (it may have been removed already).',
  'reading.undone': 'The record is back, and picking on the page was closed.',
};
