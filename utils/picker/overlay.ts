// The picker overlay's fixed parts: where the background leaves its options, its style sheet (in its
// own shadow root, so page styles neither reach it nor are touched), and how a picked text is shown.

/** `{ lang, fields }` left by the background before it injects the picker; `open` and `close` while one is showing. */
export const PICKER_KEY = Symbol.for('limit-sentinel.picker');

/** Page text, shortened for the panel (shown with textContent: never markup). */
export const formatPicked = (text: string): string => (text.length > 80 ? text.slice(0, 79) + '…' : text) || '—';

export const PICKER_STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #d4380d; background: rgba(212, 56, 13, .08); border-radius: 3px; }
.bar, .panel { position: fixed; z-index: 2147483647; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1f1f1f; background: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
.bar { top: 0; left: 0; right: 0; padding: 8px 12px; background: #1f1f1f; color: #fff; }
.bar .skip { margin-left: 10px; padding: 1px 10px; }
.panel { top: 48px; right: 16px; width: 320px; padding: 12px 14px; border-radius: 8px; }
.panel[hidden], .box[hidden] { display: none; }
p { margin: 0 0 6px; }
.muted { color: #595959; font-size: 12px; }
.picked { font-weight: 600; word-break: break-all; }
.row { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
select { font: inherit; padding: 2px 4px; }
.reads { font-size: 13px; color: #135200; }
.reads.bad { color: #a8071a; }
.actions { display: flex; gap: 8px; margin-top: 8px; }
button { font: inherit; padding: 4px 12px; border: 1px solid #d9d9d9; border-radius: 4px; background: #fff; cursor: pointer; }
button.primary { background: #d4380d; border-color: #d4380d; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
.status { font-size: 13px; margin-top: 8px; }
`;
