// The two channels are typed end to end: each handler table answers exactly its schema's message
// types, and a handler whose reply does not fit its request does not compile (the @ts-expect-error
// lines below fail `npm run typecheck` the day that stops being true).
import { describe, expect, it } from 'vitest';
import { contentHandlers } from '../../../utils/messaging/content-handlers';
import type { HandlerTable } from '../../../utils/messaging/handler-types';
import { pageHandlers } from '../../../utils/messaging/page-handlers';
import type { PageChannel } from '../../../utils/messaging/protocol';
import { contentMessageSchema, pageMessageSchema } from '../../../utils/messaging/protocol-schema';

const typesOf = (schema: { options: readonly { shape: { type: { value: string } } }[] }) =>
  schema.options.map((o) => o.shape.type.value).sort();

describe('typed channels', () => {
  it('each handler table answers exactly the message types its schema accepts', () => {
    expect(Object.keys(pageHandlers).sort()).toEqual(typesOf(pageMessageSchema));
    expect(Object.keys(contentHandlers).sort()).toEqual(typesOf(contentMessageSchema));
    expect(Object.keys(pageHandlers).filter((t) => !t.startsWith('ui:'))).toEqual([]);
    expect(Object.keys(contentHandlers).filter((t) => !t.startsWith('cs:'))).toEqual([]);
  });

  it('rejects, at compile time, a reply that does not fit its request', () => {
    const wrong: HandlerTable<PageChannel> = {
      ...pageHandlers,
      // @ts-expect-error a capture's reply ({ stored }) given to an alert-state request ({ changed })
      'ui:alert-state': async () => ({ ok: true, stored: 1 }),
      // @ts-expect-error an import's request has `text`, not `entry`
      'ui:import': async (msg) => ({ ok: true, added: msg.entry }),
    };
    expect(Object.keys(wrong)).toHaveLength(Object.keys(pageHandlers).length);
  });
});
