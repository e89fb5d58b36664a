// The executable form of protocol.ts: every incoming message is safeParse'd against its channel's
// union before anything else looks at it. Page-derived fields are capped (page content is hostile input).
import { PICK_FIELDS } from '../picker/site-rules';
import { MAX_LABEL, MAX_SELECTOR } from '../picker/stored-rules';
import { z } from 'zod';
import { ACCOUNT_KINDS, EVENT_KINDS, MAX_AMOUNT, OUTCOMES } from '../model/types';
import { instantSchema, observedValuesSchema } from '../model/history-schema';
import type { ContentMessage, UiMessage } from './protocol';
import { MAX_COLUMNS } from '../chart/history-types';

const text = (max: number) => z.string().trim().min(1).max(max);
const amount = z.number().finite().nonnegative().max(MAX_AMOUNT);
// Normalised to toISOString form, years 2000–2099 (model/instant.ts).
const isoTime = instantSchema;

export const extractedObservationSchema = observedValuesSchema.extend({
  lender: text(80).optional(),
  product: text(80).optional(),
  accountId: text(80).optional(),
  kind: z.enum(ACCOUNT_KINDS).optional(),
  at: isoTime.optional(),
});

export const extractedEventSchema = z.strictObject({
  at: isoTime,
  kind: z.enum(EVENT_KINDS),
  accountId: text(80).optional(),
  lender: text(80).optional(),
  amount: amount.optional(),
  reason: text(80).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  full: z.boolean().optional(),
});

const extractionSchema = z.strictObject({
  adapter: text(40),
  observations: z.array(extractedObservationSchema).max(50),
  events: z.array(extractedEventSchema).max(500),
});

const manualEntrySchema = z.strictObject({
  accountId: text(80).optional(),
  lender: text(80),
  product: text(80).optional(),
  kind: z.enum(ACCOUNT_KINDS).optional(),
  values: observedValuesSchema,
  at: isoTime.optional(),
});

// The values are checked again in the handler (screenshot-import.ts) and against the history format.
const screenshotEntrySchema = manualEntrySchema.extend({ at: isoTime });

// Shapes and caps only: the values are checked in the handler against the history format's event
// schema, so that a bad one is answered with the field's path rather than 'bad-message'.
const eventEntrySchema = z.strictObject({
  kind: z.enum(['application', 'borrow', 'repay']),
  at: z.string().max(40),
  accountId: text(80).optional(),
  lender: text(80).optional(),
  product: text(80).optional(),
  amount: z.number().finite().optional(),
  outcome: z.enum(OUTCOMES).optional(),
  full: z.boolean().optional(),
});

const origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/\s*]+$/);

const siteRuleSchema = z.strictObject({
  field: z.enum(PICK_FIELDS),
  selector: z.string().trim().min(1).max(MAX_SELECTOR),
  label: z.string().trim().min(1).max(MAX_LABEL).optional(),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('cs:capture'), url: z.string().max(4000), result: extractionSchema }),
  z.strictObject({ type: z.literal('cs:pick'), url: z.string().max(4000), rule: siteRuleSchema }),
]);

export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ui:start-picker'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('ui:dashboard') }),
  z.strictObject({ type: z.literal('ui:add-manual'), entry: manualEntrySchema }),
  z.strictObject({ type: z.literal('ui:add-event'), entry: eventEntrySchema }),
  z.strictObject({ type: z.literal('ui:export') }),
  z.strictObject({ type: z.literal('ui:import'), text: z.string().max(25 * 1024 * 1024) }),
  z.strictObject({ type: z.literal('ui:import-report'), result: extractionSchema }),
  z.strictObject({ type: z.literal('ui:import-screenshot'), shots: z.array(screenshotEntrySchema).min(1).max(50) }),
  z.strictObject({ type: z.literal('ui:tracked-sites') }),
  z.strictObject({ type: z.literal('ui:track-site'), origin, tabId: z.number().int().nonnegative().optional(), name: text(80).optional() }),
  // An empty name forgets the person's name for the site.
  z.strictObject({ type: z.literal('ui:site-name'), origin, name: z.string().trim().max(80) }),
  z.strictObject({ type: z.literal('ui:untrack-site'), origin }),
  z.strictObject({ type: z.literal('ui:delete-all') }),
  z.strictObject({
    type: z.literal('ui:alert-state'),
    ids: z.array(z.string().min(1).max(200)).min(1).max(500),
    state: z.enum(['seen', 'dismissed']),
  }),
  // Corrections: ids and keys as stored; the rows and names are checked in the handler against the
  // history format's schemas, so a bad one is answered with its path rather than 'bad-message'.
  z.strictObject({ type: z.literal('ui:remove-observation'), accountId: z.string().min(1).max(80), at: isoTime }),
  z.strictObject({ type: z.literal('ui:remove-event'), key: z.string().min(1).max(2000) }),
  z
    .strictObject({ type: z.literal('ui:restore'), observation: z.unknown().optional(), event: z.unknown().optional() })
    .refine((m) => (m.observation === undefined) !== (m.event === undefined)),
  z.strictObject({
    type: z.literal('ui:rename-account'),
    accountId: z.string().min(1).max(80),
    lender: z.string().max(1000),
    product: z.string().max(1000).optional(),
  }),
  z.strictObject({ type: z.literal('ui:merge-accounts'), from: z.string().min(1).max(80), into: z.string().min(1).max(80) }),
  // The dashboard page's reads: bounded columns and page sizes, whatever the page asks for.
  z.strictObject({
    type: z.literal('ui:account-history'),
    accountId: text(80),
    from: isoTime.optional(),
    to: isoTime.optional(),
    columns: z.number().int().min(1).max(MAX_COLUMNS),
  }),
  z.strictObject({
    type: z.literal('ui:observations'),
    accountId: text(80),
    before: isoTime.optional(),
    limit: z.number().int().min(1).max(500),
  }),
  z.strictObject({
    type: z.literal('ui:timeline'),
    kinds: z.array(z.enum(EVENT_KINDS)).max(EVENT_KINDS.length).optional(),
    lender: text(80).optional(),
    before: z.strictObject({ at: isoTime, key: z.string().min(1).max(2000) }).optional(),
    limit: z.number().int().min(1).max(500),
  }),
  z.strictObject({ type: z.literal('ui:event-lenders') }),
  z.strictObject({ type: z.literal('ui:factors') }),
  // "This is wrong": a tab and one account its last capture read.
  z.strictObject({ type: z.literal('ui:tab-capture'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('ui:wrong-capture'), tabId: z.number().int().nonnegative(), accountId: z.string().min(1).max(80) }),
  z.strictObject({ type: z.literal('ui:stop-picker'), tabId: z.number().int().nonnegative() }),
]);

export type ParsedContentMessage = z.output<typeof contentMessageSchema>;
export type ParsedPageMessage = z.output<typeof pageMessageSchema>;

// The schemas and protocol.ts agree, or this file does not compile: everything a schema lets
// through is a message of its channel (so a handler typed by the channel can take it), every
// message type of the channel has a schema entry, and every message a page builds by the types
// passes the schema's shape (its caps aside), with no field the strict schema would refuse.
type ExtraFields<Typed extends { type: string }, Input> = {
  [K in Typed['type']]: Exclude<keyof Extract<Typed, { type: K }>, keyof Extract<Input, { type: K }>>;
}[Typed['type']];
type Agrees<Parsed, Typed extends { type: string }, Input> = [Parsed] extends [Typed]
  ? [Typed['type']] extends [Parsed extends { type: infer T } ? T : never]
    ? [Typed] extends [Input]
      ? [ExtraFields<Typed, Input>] extends [never]
        ? true
        : 'a typed field the strict schema would refuse'
      : 'a typed message the schema would not accept'
    : 'a message type without a schema'
  : 'a schema accepting what the types do not describe';
const agrees = <T extends true>(value: T): T => value;
agrees<Agrees<ParsedContentMessage, ContentMessage, z.input<typeof contentMessageSchema>>>(true);
agrees<Agrees<ParsedPageMessage, UiMessage, z.input<typeof pageMessageSchema>>>(true);
