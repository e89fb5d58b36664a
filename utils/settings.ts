// Every small setting, in one file: `wxt/storage` items with a fallback and a version, so a later
// shape change is a migration here rather than a surprise in some reader.
import { storage } from 'wxt/utils/storage';

export const captureIncognitoItem = storage.defineItem<boolean>('local:captureIncognito', {
  fallback: false,
  version: 1,
});

