// The background's one message entry point. The sender's class picks the channel before anything
// else (an extension page gets the page table, a tab's top frame the content table, anyone else
// nothing); then the payload is safeParse'd against that channel's schema, and the one handler of
// its type runs. Dependencies come in as parameters, so the whole table of sender shapes × message
// types runs in Vitest.
import { DbError } from '../storage/db';
import { contentHandlers } from './content-handlers';
import { fail } from './failure';
import type { HandlerContext, HandlerDeps, HandlerTable } from './handler-types';
import { pageHandlers } from './page-handlers';
import type { Channel, ContentChannel, Failure, PageChannel } from './protocol';
import { contentMessageSchema, pageMessageSchema } from './protocol-schema';
import { classifySender, type SenderClass, type SenderLike } from './sender';

export type { HandlerDeps } from './handler-types';

type AnyReply = ({ ok: true } & object) | Failure;
type Parser = { safeParse(raw: unknown): { success: true; data: { type: string } } | { success: false } };

interface Route<C extends Channel<keyof C & string>> {
  /** The message types this channel carries (its table's keys). */
  handlers: HandlerTable<C>;
  schema: Parser;
}

const routes: Record<Exclude<SenderClass, 'untrusted'>, Route<ContentChannel> | Route<PageChannel>> = {
  'content-top-frame': { handlers: contentHandlers, schema: contentMessageSchema },
  'extension-page': { handlers: pageHandlers, schema: pageMessageSchema },
};

const typeOf = (raw: unknown): string =>
  typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : '';

/** Whether a sender of this class may send this message type: exactly its channel's types. */
export function allowed(cls: SenderClass, type: string): boolean {
  return cls !== 'untrusted' && Object.hasOwn(routes[cls].handlers, type);
}

export function createMessageHandler(deps: HandlerDeps) {
  return async function handle(raw: unknown, sender: SenderLike): Promise<AnyReply> {
    const cls = classifySender(sender, deps.extensionId, deps.extensionBase);
    // Only the sender's channel: a page's request from a content script is refused, not parsed.
    if (cls === 'untrusted' || !allowed(cls, typeOf(raw))) return fail('forbidden');
    const route = routes[cls];
    const parsed = route.schema.safeParse(raw);
    if (!parsed.success) return fail('bad-message');
    const handler = (route.handlers as unknown as Record<string, (msg: unknown, ctx: HandlerContext) => Promise<AnyReply>>)[
      parsed.data.type
    ]!;
    try {
      return await handler(parsed.data, { sender, deps });
    } catch (e) {
      if (e instanceof DbError) return fail(e.code);
      if ((e as { name?: string } | null)?.name === 'QuotaExceededError') return fail('quota');
      return fail('internal');
    }
  };
}
