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
 * Focuses that button once it is there (the list is read again after any change), and again whenever
 * the list's new rows replace it, for up to `ms`. It acts on the DOM change itself (a mutation
 * observer runs before the next task): focus never rests on the page long enough for a key to land
 * there. Gives up as soon as focus is somewhere else than the page, the bar's button it leaves from
 * or the button it put it on: the person has moved on.
 */
export function returnFocus(doc: Document, origin: FocusOrigin | undefined, undone: boolean, ms = 3000): void {
  if (!origin) return;
  // The bar's Undo or × has focus now; the bar goes in the render that follows, and takes it.
  const from = doc.activeElement;
  let placed: HTMLElement | undefined;
  let done = false;
  const observer = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => attempt());
  const stop = () => {
    done = true;
    observer?.disconnect();
  };
  const attempt = () => {
    if (done) return;
    const active = doc.activeElement;
    const atPage = !active || active === doc.body || !active.isConnected;
    if (!atPage && active !== placed && active !== from) return stop();
    if (atPage) {
      placed = target(origin, undone);
      placed?.focus();
    }
  };
  observer?.observe(doc.body, { childList: true, subtree: true });
  // Where no DOM change comes (the bar already gone), the next task finds focus on the page.
  setTimeout(attempt, 0);
  setTimeout(stop, ms);
}
