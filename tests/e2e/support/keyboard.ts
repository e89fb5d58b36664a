// Moving through a page with Tab alone, as a keyboard user does, and what the focused control shows.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  className: string;
  /** aria-label, else the text (a file input: its label's text). */
  label: string;
  expanded: string | null;
  /** The control (a visually hidden file input: its label) has an outline or a focus shadow. */
  ring: boolean;
  /** That box is on screen and bigger than a speck. */
  visible: boolean;
  /** Inside the first row of the history table. */
  firstRow: boolean;
  /** Which element it is (a number the page keeps on it). */
  key: string;
}

/** The focused element, described (runs in the page). */
export function focusedInfo(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    if (!el.dataset.kbKey) el.dataset.kbKey = String(document.querySelectorAll('[data-kb-key]').length + 1);
    // A file input is hidden in its label, which carries the ring (:focus-within).
    const box = (el instanceof HTMLInputElement && el.type === 'file' ? el.closest('label') : null) ?? el;
    const cs = getComputedStyle(box);
    const ring =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && cs.outlineColor !== 'rgba(0, 0, 0, 0)') ||
      (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const r = box.getBoundingClientRect();
    const visible = r.width >= 4 && r.height >= 4 && cs.visibility !== 'hidden' && Number(cs.opacity) > 0.3;
    const text = (el.getAttribute('aria-label') ?? box.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName,
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      label: text,
      expanded: el.getAttribute('aria-expanded'),
      ring,
      visible,
      firstRow: !!el.closest('tr') && el.closest('tr') === document.querySelector('.history-table tbody tr'),
      key: el.dataset.kbKey,
    };
  });
}

/**
 * Presses Tab (Shift+Tab when `back`) until the focused control matches, at most `max` times (the
 * current one counts when it matches). Every control passed on the way must show its focus; Tab
 * that leaves focus on the same control three times over is a trap.
 */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, { back = false, max = 80 } = {}): Promise<Focused> {
  let f = await focusedInfo(page);
  if (f.tag !== 'BODY' && wanted(f)) return f;
  const seen: string[] = [];
  let same = 0;
  for (let i = 0; i < max; i++) {
    const before = f;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    f = await focusedInfo(page);
    if (f.tag === 'BODY') continue; // past the last control: the next Tab starts again at the top
    seen.push(`${f.tag}#${f.id}.${f.className} “${f.label.slice(0, 40)}”`);
    if (!f.ring || !f.visible) throw new Error(`focus not visible on ${seen.at(-1)} (ring ${f.ring}, visible ${f.visible})`);
    same = f.key === before.key ? same + 1 : 0;
    if (same >= 2) throw new Error(`keyboard trap: Tab stays on ${seen.at(-1)}`);
    if (wanted(f)) return f;
  }
  throw new Error(`not reached by ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses; passed:\n${seen.join('\n')}`);
}

/**
 * Tab once round the whole page: every stop must show its focus, and every control a person can see
 * (enabled buttons, inputs, selects, summaries, links, tabindex 0) must be among the stops. Returns
 * the controls never reached (an empty list is the pass).
 */
export async function tabRound(page: Page, max = 250): Promise<{ stops: number; unreached: string[] }> {
  await page.evaluate(() => document.querySelectorAll('[data-kb-reached]').forEach((e) => e.removeAttribute('data-kb-reached')));
  let stops = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedInfo(page);
    if (f.tag === 'BODY') continue;
    const again = await page.evaluate(() => {
      const el = document.activeElement!;
      const was = el.hasAttribute('data-kb-reached');
      el.setAttribute('data-kb-reached', '');
      return was;
    });
    if (again) break;
    stops++;
    if (!f.ring || !f.visible) throw new Error(`focus not visible on ${f.tag}.${f.className} “${f.label.slice(0, 40)}”`);
  }
  const unreached = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href], [tabindex="0"]')]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getAttribute('tabindex') !== '-1')
      .filter((el) => (el instanceof HTMLInputElement && el.type === 'file' ? (el.closest('label') ?? el) : el).getClientRects().length > 0)
      .filter((el) => !el.hasAttribute('data-kb-reached'))
      // Inside a closed <details> (not its summary): not shown, so not a stop.
      .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
      // A radio group is one stop (arrows move inside it): reached when one of its radios was.
      .filter(
        (el) =>
          !(
            el instanceof HTMLInputElement &&
            el.type === 'radio' &&
            document.querySelector(`input[type=radio][name="${el.name}"][data-kb-reached]`)
          ),
      )
      .map(
        (el) =>
          `${el.tagName}[${el.getAttribute('type') ?? ''}${el.getAttribute('name') ?? ''}].${el.className} “${(el.getAttribute('aria-label') || el.textContent || el.id).trim().slice(0, 40)}”`,
      ),
  );
  return { stops, unreached };
}
