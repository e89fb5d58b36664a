import type { CorrectionsKey } from './corrections-zh';

export const correctionsEn: Record<CorrectionsKey, string> = {
  'corrections.remove': 'Remove',
  'corrections.remove.label': 'Remove this record: {what}',
  'corrections.removing': 'Removing…',
  'corrections.removed': 'Removed 1 record',
  'corrections.undo': 'Undo',
  'corrections.undoing': 'Undoing…',
  'corrections.undone': 'The record is back.',
  'corrections.close': 'Close',
  'corrections.rename.title': 'Rename account',
  'corrections.rename.lender': 'Lender',
  'corrections.rename.product': 'Product (optional)',
  'corrections.rename.save': 'Save name',
  'corrections.rename.saving': 'Saving…',
  'corrections.rename.saved': 'Renamed. Reading this page again keeps your name.',
  'corrections.rename.empty': 'Enter the lender’s name.',
  'corrections.merge.title': 'Merge accounts',
  'corrections.merge.intro':
    'Is one account recorded twice (say, the same card read from two pages)? Choose the other account to merge it into “{into}”.',
  'corrections.merge.choose': 'Account to merge in',
  'corrections.merge.pick': 'Choose…',
  'corrections.merge.none': 'There is no other account to merge.',
  'corrections.merge.next': 'Continue…',
  'corrections.merge.confirm':
    'All records of “{from}” ({observations}) and all its events move to “{into}”; then “{from}” is deleted and the alerts are worked out again. This cannot be undone.',
  'corrections.merge.confirmUnknown':
    'All records of “{from}” and all its events move to “{into}”; then “{from}” is deleted and the alerts are worked out again. This cannot be undone.',
  'corrections.merge.do': 'Merge (cannot be undone)',
  'corrections.merge.merging': 'Merging…',
  'corrections.merge.cancel': 'Cancel',
  'corrections.merge.done': 'Merged. Moved in: records {observations}, events {events}.',
  'corrections.merge.shifted': '{count} of them had the same time as a record already there and were kept 1 ms later.',
};
