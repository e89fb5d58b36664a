// The store-facing texts: the manifest's name and description in both locales (same keys, within
// the stores' limits), the listings quoting the very same description, and PRIVACY.md built into
// the packaged privacy page with every section and nothing unescaped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, privacyPage } from '../../../scripts/lib/privacy-page';

type Messages = Record<string, { message: string }>;
const messages = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const zh = messages('zh_CN');
const en = messages('en');

describe('manifest locales', () => {
  it('has the same keys in Chinese (default) and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/default_locale: 'zh_CN'/);
  });

  it('keeps name and description within the stores’ limits (45 and 132 characters)', () => {
    for (const m of [zh, en]) {
      expect([...m.extName!.message].length).toBeLessThanOrEqual(45);
      expect([...m.extDescription!.message].length).toBeLessThanOrEqual(132);
    }
  });

  it('listings quote the manifest’s own description', () => {
    expect(readFileSync('store/listing.zh.md', 'utf8')).toContain(zh.extDescription!.message);
    expect(readFileSync('store/listing.en.md', 'utf8')).toContain(en.extDescription!.message);
  });
});

describe('privacy page', () => {
  it('carries every section of PRIVACY.md in both languages', () => {
    const page = privacyPage();
    expect(page).toContain('<meta charset="utf-8">');
    for (const words of ['保存什么', '保存在哪里', '保存多久', 'What is kept', 'Where', 'For how long', 'nothing is uploaded'])
      expect(page).toContain(words);
  });

  it('escapes markup and keeps lists and bold', () => {
    expect(markdownToHtml('# A <b>\n\n- one **two**\n- <script>\n\ntext & more')).toBe(
      '<h1>A &lt;b&gt;</h1>\n<ul>\n<li>one <strong>two</strong></li>\n<li>&lt;script&gt;</li>\n</ul>\n<p>text &amp; more</p>',
    );
  });
});
