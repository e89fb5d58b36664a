// The dashboard's screenshot import: the shared import flow (components/import/) with the screenshot
// reader. It owns the page's paste and drop: Ctrl+V or a picture dropped anywhere on the dashboard.
import { useMemo } from 'preact/hooks';
import type { Account } from '../../utils/model/types';
import type { Send } from '../../utils/ui/api';
import { ImportFlow } from '../import/ImportFlow';
import { shotReader, type ReadShots } from '../import/shot-reader';

export interface ScreenshotImportProps {
  send: Send;
  accounts: readonly Account[];
  readShots: ReadShots;
  now: () => number;
  onChanged: () => void;
  /** Opened as `dashboard.html#import` (the popup's link): brought into view and focused. */
  focus?: boolean;
}

export function ScreenshotImport({ send, accounts, readShots, now, onChanged, focus = false }: ScreenshotImportProps) {
  const reader = useMemo(() => shotReader({ readShots, accounts, now: () => new Date(now()) }), [readShots, accounts, now]);
  return <ImportFlow reader={reader} send={send} onChanged={onChanged} catchPage focusOnMount={focus} />;
}
