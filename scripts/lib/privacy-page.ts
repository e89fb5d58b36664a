// PRIVACY.md as a packaged page (privacy.html), so the options page can link to it without the
// network: the few Markdown forms the file uses (headings, paragraphs, lists, **bold**), escaped.
import { readFileSync } from 'node:fs';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s: string) => escape(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list = false;
  for (const line of markdown.split(/\r?\n/)) {
    const item = /^- (.*)$/.exec(line);
    if (!item && list) {
      out.push('</ul>');
      list = false;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    else if (item) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${inline(item[1]!)}</li>`);
    } else if (line.trim()) out.push(`<p>${inline(line)}</p>`);
  }
  if (list) out.push('</ul>');
  return out.join('\n');
}

export function privacyPage(path = 'PRIVACY.md'): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>额度哨兵 · 隐私说明 · Privacy</title>
<style>
:root { color-scheme: light dark; }
body { font: 15px/1.6 system-ui, "WenQuanYi Micro Hei", sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; }
</style>
</head>
<body>
<main>
${markdownToHtml(readFileSync(path, 'utf8'))}
</main>
</body>
</html>
`;
}
