// Where keyboard focus goes when the undo bar goes. Its Undo took focus from the removed row's button
// (UndoBar.tsx); when the bar closes, focus would fall to the page and a keyboard user would start
// again from the top. After an undo it returns to the restored row's button (same label, once the
// list has been read again); after Escape or ×, to the button now in the removed row's place.

export interface FocusOrigin {
  /** The removed row's button label (account and date): the restored row's button has the same. */
  label: string | null;
  /** The list it sat in (the history panel or the timeline), stable while rows are read again. */
  section: Element | null;
  /** Its place among that list's remove buttons. */
  index: number;
}

const BUTTONS = '.correction-button';

/** Taken before Undo is focused, while the removed row's button still has focus. */
export function focusOrigin(doc: Document): FocusOrigin | undefined {
  const el = doc.activeElement;
  if (!el?.matches(BUTTONS)) return undefined;
  const section = el.closest('section');
  return { label: el.getAttribute('aria-label'), section, index: section ? [...section.querySelectorAll(BUTTONS)].indexOf(el) : -1 };
}

function target(origin: FocusOrigin, undone: boolean): HTMLElement | undefined {
  if (!origin.section?.isConnected) return undefined;
  const buttons = [...origin.section.querySelectorAll<HTMLElement>(BUTTONS)];
  if (undone) return buttons.find((b) => b.getAttribute('aria-label') === origin.label);
  return buttons[Math.min(origin.index, buttons.length - 1)];
}

/**
 * Focuses that button once it is there (the list is read again after any change), checking every
 * 50 ms for up to `ms`, and again if the list's new rows replace it. Gives up as soon as focus is
 * somewhere else than the page itself or that button: the person has moved on.
 */
export function returnFocus(doc: Document, origin: FocusOrigin | undefined, undone: boolean, ms = 3000): void {
  if (!origin) return;
  const end = Date.now() + ms;
  let placed: HTMLElement | undefined;
  const attempt = () => {
    const active = doc.activeElement;
    const atPage = !active || active === doc.body || !active.isConnected;
    // Somewhere else than where it was put: the person has moved on.
    if (!atPage && active !== placed) return;
    if (atPage) {
      // The list may be read again just after: the button focused first can be replaced, and focus
      // fall to the page a second time. So it keeps watching until the time is up.
      placed = target(origin, undone);
      placed?.focus();
    }
    if (Date.now() < end) setTimeout(attempt, 50);
  };
  setTimeout(attempt, 0);
}
