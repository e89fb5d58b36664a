// A table of sender shapes × message types: each sender class reaches only its own messages.
import { describe, expect, it } from 'vitest';
import { allowed } from '../../../utils/messaging/handlers';
import { classifySender, type SenderLike } from '../../../utils/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

const senders: [string, SenderLike, ReturnType<typeof classifySender>][] = [
  ['popup', { id: ID, url: BASE + 'popup.html', origin: BASE.slice(0, -1) }, 'extension-page'],
  ['options page in a tab', { id: ID, url: BASE + 'options.html', tab: { id: 3 }, frameId: 0 }, 'extension-page'],
  ['firefox extension page (opaque origin)', { id: ID, url: BASE + 'popup.html', origin: 'null' }, 'extension-page'],
  ['content script, top frame', { id: ID, url: 'https://baitiao.jd.com/v3/ious/list', tab: { id: 7 }, frameId: 0 }, 'content-top-frame'],
  ['content script, sub-frame', { id: ID, url: 'https://ads.example.com/frame', tab: { id: 7 }, frameId: 3 }, 'untrusted'],
  ['content script without tab', { id: ID, url: 'https://example.com/', frameId: 0 }, 'untrusted'],
  ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: BASE + 'popup.html' }, 'untrusted'],
  ['no id', { url: BASE + 'popup.html' }, 'untrusted'],
  ['no url', { id: ID, tab: { id: 1 }, frameId: 0 }, 'untrusted'],
  ['file page', { id: ID, url: 'file:///home/x/page.html', tab: { id: 1 }, frameId: 0 }, 'untrusted'],
  ['lookalike prefix', { id: ID, url: `chrome-extension://${ID}evil/popup.html` }, 'untrusted'],
  ['extension url from a web origin', { id: ID, url: BASE + 'popup.html', origin: 'https://evil.example' }, 'untrusted'],
];

const types = [
  'cs:capture',
  'ui:dashboard',
  'ui:add-manual',
  'ui:add-event',
  'ui:export',
  'ui:import',
  'ui:tracked-sites',
  'ui:track-site',
  'ui:untrack-site',
  'ui:delete-all',
  'ui:alert-state',
  'bg:anything',
  '',
];

describe('classifySender', () => {
  it.each(senders)('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, BASE)).toBe(expected);
  });
});

describe('allowed(sender class, message type)', () => {
  for (const [name, sender, cls] of senders) {
    it(`${name} may send exactly its own message types`, () => {
      const permitted = types.filter((t) => allowed(classifySender(sender, ID, BASE), t));
      const expected =
        cls === 'extension-page' ? types.filter((t) => t.startsWith('ui:')) : cls === 'content-top-frame' ? ['cs:capture'] : [];
      expect(permitted).toEqual(expected);
    });
  }
});
