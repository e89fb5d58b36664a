// Sealed history files in the data section: a sealed file is recognised and asks for its password;
// a wrong password or a changed byte says so and sends nothing; the right one imports the plain
// history. A sealed export needs the password twice and downloads an envelope that opens again.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/shared/DataSection';
import { open, seal } from '../../../utils/history-seal';
import type { Lang } from '../../../utils/i18n';
import type { UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { inLang, useDom } from './support/dom';

const dom = useDom(() => fakeBrowser.reset());
const plain = readFileSync(fileURLToPath(new URL('../../fixtures/histories/sample-healthy.json', import.meta.url)), 'utf8');
const PASSWORD = 'correct horse 电池';
const sealedText = await seal(plain, PASSWORD);
const settle = async () => {
  // PBKDF2 runs off the microtask queue: wait in real time until the section is no longer busy
  // (the import label is disabled while any of its work runs).
  for (let i = 0; i < 400; i++) {
    await act(() => new Promise((r) => setTimeout(r, 25)));
    if (i > 2 && !dom.root.querySelector('label.button.disabled')) return;
  }
};
const $ = <T extends Element>(selector: string) => dom.root.querySelector(selector) as unknown as T;

afterEach(() => vi.restoreAllMocks());

function mount(lang: Lang, hasData = false) {
  const sent: UiMessage[] = [];
  const send = vi.fn(async (msg: UiMessage) => {
    sent.push(msg);
    if (msg.type === 'ui:export') return { ok: true, file: JSON.parse(plain) as unknown };
    return { ok: true, added: { accounts: 1, observations: 2, events: 0 } };
  }) as unknown as Send;
  render(inLang(lang, <DataSection send={send} hasData={hasData} onChanged={() => undefined} />), dom.root);
  return sent;
}

async function pick(text: string) {
  const input = $<HTMLInputElement>('input[type=file]');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.sealed.json')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  await settle();
}

async function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
  });
}

async function submitPassword(password: string) {
  await type('#seal-open-password', password);
  await act(async () => {
    $<HTMLFormElement>('form.seal-prompt').dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('importing a sealed history file', { timeout: 30_000 }, () => {
  it('asks for the password before sending anything, and imports the plain history with the right one', async () => {
    const sent = mount('zh');
    await pick(sealedText);
    expect(sent).toEqual([]);
    expect($('form.seal-prompt')?.textContent).toContain('这是一个加密的历史文件');
    await submitPassword(PASSWORD);
    expect(sent).toEqual([{ type: 'ui:import', text: plain }]);
    expect($('form.seal-prompt')).toBeNull();
    expect(dom.root.textContent).toContain('导入完成');
  });

  it('says a wrong password or a changed file, sends nothing, and lets the person try again', async () => {
    const sent = mount('en');
    await pick(sealedText);
    await submitPassword('not the password');
    expect(sent).toEqual([]);
    expect($('[role=alert]')?.textContent).toBe(
      'The password is wrong, or the file was changed after it was sealed (the two cannot be told apart). Nothing was imported.',
    );
    await submitPassword(PASSWORD);
    expect(sent).toEqual([{ type: 'ui:import', text: plain }]);
  });

  it('says the same for a file with one changed byte', async () => {
    const file = JSON.parse(sealedText) as { data: string };
    const bytes = Buffer.from(file.data, 'base64');
    bytes[100]! ^= 0x20;
    const sent = mount('zh');
    await pick(JSON.stringify({ ...file, data: bytes.toString('base64') }));
    await submitPassword(PASSWORD);
    expect(sent).toEqual([]);
    expect($('[role=alert]')?.textContent).toContain('密码不对，或者文件在加密后被改动过');
  });

  it('calls a cut-off sealed file damaged and sends nothing', async () => {
    const sent = mount('zh');
    await pick(sealedText.slice(0, sealedText.length / 2));
    await submitPassword(PASSWORD);
    expect(sent).toEqual([]);
    expect($('[role=alert]')?.textContent).toContain('加密文件已损坏或不完整');
  });
});

describe('exporting a sealed history file', { timeout: 30_000 }, () => {
  const captureDownloads = () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    return blobs;
  };
  const clickExport = async () => {
    await act(async () => {
      $<HTMLButtonElement>('.data .actions button').dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    });
    await settle();
  };
  const turnOnSealing = async () => {
    const box = $<HTMLInputElement>('.seal-toggle input');
    box.checked = true;
    await act(async () => {
      box.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
    });
  };

  it('refuses passwords that differ or are short, exporting nothing', async () => {
    const blobs = captureDownloads();
    const sent = mount('zh', true);
    await turnOnSealing();
    await type('#seal-password', 'abc');
    await type('#seal-confirm', 'abc');
    await clickExport();
    expect($('[role=alert]')?.textContent).toBe('密码至少需要 8 个字符，没有导出任何内容。');
    await type('#seal-password', 'long enough 1');
    await type('#seal-confirm', 'long enough 2');
    await clickExport();
    expect($('[role=alert]')?.textContent).toBe('两次输入的密码不一致，没有导出任何内容。');
    expect(sent).toEqual([]);
    expect(blobs).toEqual([]);
  });

  it('downloads a sealed file that opens with the password, and forgets the password', async () => {
    const blobs = captureDownloads();
    mount('en', true);
    await turnOnSealing();
    await type('#seal-password', PASSWORD);
    await type('#seal-confirm', PASSWORD);
    await clickExport();
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'limit-sentinel.history.sealed', version: 1 });
    const pretty = JSON.stringify(JSON.parse(plain), null, 2);
    expect(await open(text, PASSWORD)).toEqual({ ok: true, text: pretty, bytes: Buffer.byteLength(pretty) });
    expect(dom.root.textContent).toMatch(/Exported the sealed file limit-sentinel-history-\d{4}-\d{2}-\d{2}\.sealed\.json/);
    expect($('#seal-password')).toBeNull();
    expect($<HTMLInputElement>('.seal-toggle input').checked).toBe(false);
  });
});
