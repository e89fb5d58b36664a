// Files dropped onto a section, or anywhere on the page and pasted (Ctrl+V) when the flow owns the
// page (the dashboard's screenshot import). Only files the reader takes are caught: text pasted
// into a field, or a link dragged, goes where it went before.
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Calls `onFiles` with the dropped or pasted files the reader takes. `area` undefined: the whole page,
 * paste included. Returns whether files are being dragged over (the page shows where to let go).
 */
export function usePageFiles(
  area: MutableRef<HTMLElement | null> | undefined,
  onFiles: (files: File[]) => void,
  takes: (file: File) => boolean,
  busy: boolean,
): boolean {
  const [dragging, setDragging] = useState(false);
  // The newest callback, without binding the listeners again on every render.
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    const target: EventTarget | null | undefined = area ? area.current : window;
    if (!target) return;
    const taken = (list: FileList | null | undefined) => Array.from(list ?? []).filter(takes);
    const over = (e: Event) => {
      if (!hasFiles(e as DragEvent)) return;
      // Without this the browser opens the file in place of the page.
      e.preventDefault();
      if ((e as DragEvent).dataTransfer) (e as DragEvent).dataTransfer!.dropEffect = busy ? 'none' : 'copy';
      setDragging(true);
    };
    const leave = (e: Event) => {
      const to = (e as DragEvent).relatedTarget as Node | null;
      if (!to || !(area?.current ?? document.documentElement).contains(to)) setDragging(false);
    };
    const drop = (e: Event) => {
      if (!hasFiles(e as DragEvent)) return;
      e.preventDefault();
      setDragging(false);
      const files = taken((e as DragEvent).dataTransfer?.files);
      if (files.length && !busy) latest.current(files);
    };
    const paste = (e: Event) => {
      const files = taken((e as ClipboardEvent).clipboardData?.files);
      if (!files.length || busy) return;
      e.preventDefault();
      latest.current(files);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    if (!area) target.addEventListener('paste', paste);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
      target.removeEventListener('paste', paste);
    };
  }, [area, takes, busy]);
  return dragging;
}
