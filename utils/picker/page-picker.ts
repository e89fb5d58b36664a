// The picker drawn in the page (content-scripts/picker.js): the person clicks a value and says what
// it is; it shows how that reads and sends the rule (a path and a label, never the value) for the
// background to save for this site. Everything it draws lives in its own shadow root; page text is
// shown as text only. The script's context and the sending come in as parameters.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatPicked, PICKER_KEY, PICKER_STYLE } from './overlay';
import { cssPath, labelBefore } from './selector';
import { PICK_FIELDS, readField, type PickField, type SiteRule } from './site-rules';
import { describeReading, fieldWord, fillWord, guessField, pickerWords, type PickerLang } from './words';

type Ctx = Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'onInvalidated'>;
/** Sends the picked rule; resolves with the background's reply. */
export type SendRule = (rule: SiteRule) => Promise<{ ok?: boolean; code?: string } | undefined>;

/** Shows the picker in `document`, unless one is showing already. */
export function openPicker(ctx: Ctx, sendRule: SendRule): void {
  const g = globalThis as { [PICKER_KEY]?: { lang?: PickerLang; open?: boolean; fields?: readonly string[]; close?: () => void } };
  const options = (g[PICKER_KEY] ??= {});
  if (options.open) return;
  options.open = true;
  const lang: PickerLang = options.lang === 'en' ? 'en' : 'zh';
  const w = pickerWords(lang);
  // "This is wrong" (the popup): the fields the capture read, asked for in turn; none for a free pick.
  const steps = (options.fields ?? []).filter((f): f is PickField => (PICK_FIELDS as readonly string[]).includes(f));
  let step = 0;

  const host = document.createElement('limit-sentinel-picker');
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const style = el('style');
  style.textContent = PICKER_STYLE;
  const box = el('div', 'box');
  const bar = el('div', 'bar');
  const barText = el('span', undefined, w.bar);
  const skip = el('button', 'skip', w.skip);
  bar.append(barText);
  if (steps.length) bar.append(skip);
  const panel = el('div', 'panel');
  panel.hidden = true;
  root.append(style, box, bar, panel);
  document.documentElement.append(host);

  let picked: Element | undefined;
  const ours = (e: Event) => e.composedPath().includes(host);

  const close = () => {
    options.open = false;
    options.close = undefined;
    host.remove();
  };
  // The background closes it this way when the person takes their "this is wrong" back (control.ts).
  options.close = close;
  const outline = (target: Element | undefined) => {
    const r = target?.getBoundingClientRect();
    box.hidden = !r;
    if (r)
      Object.assign(box.style, { left: `${r.left - 2}px`, top: `${r.top - 2}px`, width: `${r.width + 4}px`, height: `${r.height + 4}px` });
  };

  const showStep = (prefix = '') => {
    const field = steps[step];
    if (field) barText.textContent = prefix + fillWord(w.step, { field: fieldWord(lang, field), n: step + 1, total: steps.length });
  };
  showStep();
  /** On to the next field asked for (after a save or a skip); past the last, the picker closes. */
  const nextStep = (prefix?: string) => {
    picked = undefined;
    panel.hidden = true;
    outline(undefined);
    if (++step >= steps.length) return close();
    showStep(prefix);
  };
  skip.addEventListener('click', () => nextStep());

  const choose = (target: Element) => {
    picked = target;
    outline(target);
    const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = labelBefore(target);
    panel.replaceChildren();
    panel.hidden = false;
    panel.append(el('p', 'muted', w.chosen), el('p', 'picked', formatPicked(text)));
    const select = el('select');
    select.setAttribute('aria-label', w.field);
    for (const f of PICK_FIELDS) {
      const o = el('option', undefined, fieldWord(lang, f));
      o.value = f;
      select.append(o);
    }
    select.value = steps[step] ?? guessField(label, text);
    const reads = el('p', 'reads');
    const save = el('button', 'primary', w.save);
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    const update = () => {
      const values = readField(select.value as PickField, text);
      reads.textContent = values ? w.reads + describeReading(lang, values) : w.unreadable;
      reads.classList.toggle('bad', !values);
      save.disabled = !values;
    };
    select.addEventListener('change', update);
    update();
    const again = el('button', undefined, w.again);
    again.addEventListener('click', () => {
      picked = undefined;
      panel.hidden = true;
    });
    const cancel = el('button', undefined, w.cancel);
    cancel.addEventListener('click', close);
    save.addEventListener('click', () => {
      const rule: SiteRule = { field: select.value as PickField, selector: cssPath(target), ...(label && { label }) };
      save.disabled = true;
      status.textContent = w.saving;
      sendRule(rule)
        .then((reply) => {
          if (!reply?.ok) throw new Error(reply?.code ?? 'internal');
          if (step < steps.length - 1) return nextStep(fillWord(w.stepSaved, { field: fieldWord(lang, rule.field) }));
          status.textContent = w.saved;
          ctx.setTimeout(close, 2500);
        })
        .catch((e: Error) => {
          status.textContent = w.failed + e.message;
          save.disabled = false;
        });
    });
    const row = el('div', 'row');
    row.append(el('span', undefined, w.field), select);
    const actions = el('div', 'actions');
    actions.append(save, again, cancel);
    panel.append(row, reads, actions, status);
  };

  ctx.addEventListener(
    window,
    'mousemove',
    (e) => {
      if (!picked && !ours(e) && e.target instanceof Element) outline(e.target);
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'click',
    (e) => {
      if (ours(e) || picked || !(e.target instanceof Element)) return;
      // The page must not act on this click (a link, a button that borrows).
      e.preventDefault();
      e.stopPropagation();
      choose(e.target);
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      if (e.key === 'Escape') close();
    },
    { capture: true },
  );
  ctx.onInvalidated(close);
}
