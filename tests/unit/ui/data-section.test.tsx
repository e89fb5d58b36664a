// The popup's history import: a file over the size cap is refused in words about its size before it
// is read or sent (a 30 MiB file used to come back as "message format" and a 70 MiB one as an
// unexpected error); a file within the cap is sent as it is.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/shared/DataSection';
import type { Lang } from '../../../utils/i18n';
import type { UiMessage } from '../../../utils/messaging/protocol';
import type { Send } from '../../../utils/ui/api';
import { useDom, inLang } from './support/dom';

const dom = useDom(() => fakeBrowser.reset());
const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

async function pickHistory(lang: Lang, file: File) {
  const sent: UiMessage[] = [];
  const send = vi.fn(async (msg: UiMessage) => {
    sent.push(msg);
    return { ok: true, added: { accounts: 1, observations: 2, events: 0 } };
  }) as unknown as Send;
  await act(async () => {
    render(inLang(lang, <DataSection send={send} hasData={false} onChanged={() => undefined} />), dom.root);
  });
  const input = dom.root.querySelector('input[type=file]') as unknown as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await flush();
  return { sent, text: dom.root.textContent ?? '' };
}

const sized = (mib: number) => {
  const f = new File(['{}'], 'history.json');
  Object.defineProperty(f, 'size', { value: mib * 1024 * 1024 });
  vi.spyOn(f, 'text').mockRejectedValue(new Error('must not be read'));
  return f;
};

describe('history import size', () => {
  it.each([21, 30, 70, 4096])('refuses a %i MiB file as too large, reading and sending nothing', async (mib) => {
    const { sent, text } = await pickHistory('zh', sized(mib));
    expect(text).toContain('文件太大：历史文件最多 20 MB。没有导入任何内容。');
    expect(sent).toEqual([]);
  });

  it('says so in English too', async () => {
    const { text } = await pickHistory('en', sized(30));
    expect(text).toContain('The file is too large: a history file can be at most 20 MB. Nothing was imported.');
  });

  it('shows what a running import is doing until the background answers', async () => {
    let answer!: (reply: unknown) => void;
    const send = vi.fn(() => new Promise((resolve) => (answer = resolve))) as unknown as Send;
    await act(async () => {
      render(inLang('zh', <DataSection send={send} hasData={false} onChanged={() => undefined} />), dom.root);
    });
    const input = dom.root.querySelector('input[type=file]') as unknown as HTMLInputElement;
    const file = new File(['{}'], 'h.json');
    Object.defineProperty(file, 'size', { value: 12.3 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 5; i++) await flush();
    expect(dom.root.querySelector('.import-progress progress')).not.toBeNull();
    expect(dom.root.querySelector('.import-progress')?.textContent).toContain('正在检查并保存（12.3 MB）');
    await act(async () => answer({ ok: true, added: { accounts: 0, observations: 0, events: 0 } }));
    for (let i = 0; i < 5; i++) await flush();
    expect(dom.root.querySelector('.import-progress')).toBeNull();
    expect(dom.root.textContent).toContain('没有新增');
  });

  it('sends a file within the cap', async () => {
    const { sent, text } = await pickHistory('zh', new File(['{"format":"limit-sentinel.history"}'], 'h.json'));
    expect(sent).toEqual([{ type: 'ui:import', text: '{"format":"limit-sentinel.history"}' }]);
    expect(text).toContain('导入完成');
  });
});
