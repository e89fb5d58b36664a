import type { SealKey } from './seal-zh';

export const sealEn: Record<SealKey, string> = {
  'seal.toggle': 'Seal the exported file with a password',
  'seal.password': 'Password',
  'seal.confirm': 'Password again',
  'seal.hint': 'At least 8 characters. The password is never stored; without it the file cannot be opened.',
  'seal.tooShort': 'The password needs at least 8 characters. Nothing was exported.',
  'seal.mismatch': 'The two passwords differ. Nothing was exported.',
  'seal.sealing': 'Sealing…',
  'seal.exported': 'Exported the sealed file {file}. Remember the password: it is not kept anywhere.',
  'seal.prompt': 'This history file is sealed ({size}). Enter the password it was exported with.',
  'seal.open': 'Open and import',
  'seal.cancel': 'Cancel',
  'seal.opening': 'Opening…',
  'seal.cancelled': 'Cancelled. Nothing was imported.',
  'seal.problem.wrong-password-or-changed':
    'The password is wrong, or the file was changed after it was sealed (the two cannot be told apart). Nothing was imported.',
  'seal.problem.not-sealed': 'This is not a sealed history file. Nothing was imported.',
  'seal.problem.invalid': 'The sealed file is damaged or incomplete (perhaps only partly downloaded). Nothing was imported.',
  'seal.problem.iterations-too-low':
    'This sealed file uses a key too weak to trust (fewer than 600,000 PBKDF2 iterations); it is refused. Nothing was imported.',
};
