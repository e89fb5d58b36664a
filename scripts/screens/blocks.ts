// The pieces phone screens are made of, as HTML strings: a status bar, a title bar, the big number
// under its small label, label/value rows, banners, ads, buttons, chat bubbles. Each text run sits
// in its own element on one line (nowrap), so the DOM gives one box per run, as OCR would.

export type Block =
  | { t: 'title'; text: string; sub?: string }
  | { t: 'hero'; label: string; value: string; unit?: string; eye?: boolean; below?: string[] }
  | { t: 'pair'; items: [string, string][] } // side by side: small label over a mid-size value
  | { t: 'rows'; items: [string, string][] } // list rows: label left, value right
  | { t: 'inline'; texts: string[] } // one line each, label and value in one run ("总额度 ¥80,000.00")
  | { t: 'banner'; text: string; sub?: string }
  | { t: 'button'; text: string; disabled?: boolean }
  | { t: 'ad'; lines: string[] }
  | { t: 'card'; bank: string; name: string; number: string }
  | { t: 'chat'; from: 'me' | 'them'; text: string }
  | { t: 'menu'; items: string[] }
  | { t: 'tabs'; items: string[] }
  | { t: 'footer'; text: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const span = (cls: string, s: string) => `<span class="${cls}">${esc(s)}</span>`;

export function statusBar(time: string, battery: string, net: string): string {
  return `<div class="sb">${span('sb-t', time)}<span class="sb-r">${span('sb-n', net)}${span('sb-b', battery)}</span></div>`;
}

export function block(b: Block): string {
  switch (b.t) {
    case 'title':
      return `<div class="title"><span class="back">‹</span>${span('tt', b.text)}${b.sub ? span('ts', b.sub) : ''}<span class="more">···</span></div>`;
    case 'hero':
      return (
        `<div class="hero"><div class="hl">${span('hl-t', b.label)}${b.eye ? '<i class="eye"></i>' : ''}</div>` +
        `<div class="hv">${span('hv-t', b.value)}${b.unit ? span('hv-u', b.unit) : ''}</div>` +
        (b.below ?? []).map((s) => `<div class="hb">${span('hb-t', s)}</div>`).join('') +
        '</div>'
      );
    case 'pair':
      return `<div class="pair">${b.items.map(([l, v]) => `<div class="pi"><div>${span('pl', l)}</div><div>${span('pv', v)}</div></div>`).join('')}</div>`;
    case 'rows':
      return `<div class="rows">${b.items.map(([l, v]) => `<div class="row">${span('rl', l)}${span('rv', v)}</div>`).join('')}</div>`;
    case 'inline':
      return `<div class="inline">${b.texts.map((s) => `<div>${span('il', s)}</div>`).join('')}</div>`;
    case 'banner':
      return `<div class="banner"><div>${span('bn', b.text)}</div>${b.sub ? `<div>${span('bs', b.sub)}</div>` : ''}</div>`;
    case 'button':
      return `<div class="btn${b.disabled ? ' off' : ''}">${span('bt', b.text)}</div>`;
    case 'ad':
      return `<div class="ad">${b.lines.map((s, i) => `<div>${span(i === 0 ? 'ad-h' : 'ad-t', s)}</div>`).join('')}</div>`;
    case 'card':
      return `<div class="card"><div>${span('cb', b.bank)}</div><div>${span('cn', b.name)}</div><div>${span('cno', b.number)}</div></div>`;
    case 'chat':
      return `<div class="chat ${b.from}"><i class="av"></i><div class="bub">${span('ct', b.text)}</div></div>`;
    case 'menu':
      return `<div class="menu">${b.items.map((s) => `<div class="mi">${span('mt', s)}<span class="chev">›</span></div>`).join('')}</div>`;
    case 'tabs':
      return `<div class="tabs">${b.items.map((s) => span('tab', s)).join('')}</div>`;
    case 'footer':
      return `<div class="foot">${span('ft', b.text)}</div>`;
  }
}

export function css(accent: string, dark: boolean): string {
  const bg = dark ? '#121212' : '#f4f5f7';
  const fg = dark ? '#e8e8e8' : '#1a1a1a';
  const mute = dark ? '#9a9a9a' : '#777';
  const panel = dark ? '#1e1e1e' : '#fff';
  return `
  *{margin:0;padding:0;box-sizing:border-box}
  html,body{background:${bg};color:${fg};font-family:"WenQuanYi Micro Hei",sans-serif;white-space:nowrap;overflow:hidden}
  .sb{display:flex;justify-content:space-between;padding:6px 16px;font-size:13px;font-weight:600}
  .sb-r span{margin-left:8px}
  .title{display:flex;align-items:center;padding:10px 14px;background:${panel};font-size:17px;font-weight:600;position:relative}
  .title .back{font-size:26px;margin-right:10px;color:${mute}} .title .more{margin-left:auto;color:${mute}}
  .title .ts{font-size:12px;color:${mute};margin-left:8px;font-weight:400}
  .hero{margin:12px;padding:22px 18px;border-radius:12px;background:${dark ? '#1d2633' : accent};color:#fff}
  .hl{font-size:14px;opacity:.9;display:flex;align-items:center}
  .eye{display:inline-block;width:16px;height:10px;border:2px solid #fff;border-radius:50%;margin-left:8px}
  .hv{margin:10px 0 6px;font-size:38px;font-weight:700;font-family:"DejaVu Sans","WenQuanYi Micro Hei",sans-serif}
  .hv-u{font-size:16px;margin-left:4px}
  .hb{font-size:13px;opacity:.92;margin-top:6px}
  .pair{display:flex;margin:0 12px;background:${panel};border-radius:10px;padding:14px 4px}
  .pi{flex:1;text-align:center} .pl{font-size:12px;color:${mute}} .pv{font-size:18px;font-weight:600;line-height:28px}
  .rows{margin:10px 12px;background:${panel};border-radius:10px}
  .row{display:flex;justify-content:space-between;padding:13px 16px;font-size:15px;border-bottom:1px solid ${dark ? '#2a2a2a' : '#eee'}}
  .rv{color:${mute}}
  .inline{margin:10px 16px;font-size:14px;line-height:26px;color:${mute}}
  .banner{margin:10px 12px;padding:12px 14px;border-radius:8px;background:${dark ? '#3a2a10' : '#fff4e0'};color:${dark ? '#ffc46b' : '#b35c00'};font-size:14px;line-height:22px}
  .bs{font-size:12px;opacity:.85}
  .btn{margin:14px 24px;padding:12px;border-radius:24px;text-align:center;background:${accent};color:#fff;font-size:16px}
  .btn.off{background:${dark ? '#333' : '#ccc'};color:${dark ? '#777' : '#fff'}}
  .ad{margin:12px;padding:14px 16px;border-radius:10px;background:${dark ? '#262018' : '#fff7ec'};font-size:13px;line-height:22px}
  .ad-h{font-size:16px;font-weight:700;color:${dark ? '#ffb35c' : '#e2580c'}}
  .card{margin:12px;padding:18px;border-radius:12px;background:linear-gradient(135deg,${accent},#333);color:#fff;line-height:26px}
  .cb{font-size:16px;font-weight:600} .cn{font-size:13px} .cno{font-size:15px;letter-spacing:1px}
  .chat{display:flex;margin:12px;align-items:flex-start} .chat.me{flex-direction:row-reverse}
  .av{width:36px;height:36px;border-radius:4px;background:${accent};display:inline-block;flex:none}
  .bub{margin:0 10px;padding:9px 12px;border-radius:6px;background:${panel};font-size:15px} .me .bub{background:#95ec69;color:#111}
  .menu{margin:10px 0;background:${panel}} .mi{display:flex;justify-content:space-between;padding:14px 16px;font-size:15px;border-bottom:1px solid ${dark ? '#2a2a2a' : '#eee'}}
  .chev{color:${mute}}
  .tabs{position:fixed;bottom:0;left:0;right:0;display:flex;justify-content:space-around;padding:8px 0 14px;background:${panel};font-size:11px;color:${mute}}
  .foot{text-align:center;font-size:11px;color:${mute};margin:14px 0}
  `;
}
