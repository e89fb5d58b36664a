// The executable form of protocol.ts: every incoming message is safeParse'd against this union
// before anything else looks at it. Page-derived fields are capped (page content is hostile input).
import { PICK_FIELDS } from '../picker/site-rules';
import { MAX_LABEL, MAX_SELECTOR } from '../picker/stored-rules';
import { z } from 'zod';
import { ACCOUNT_KINDS, EVENT_KINDS, MAX_AMOUNT, OUTCOMES } from '../model/types';
import { instantSchema, observedValuesSchema } from '../model/history-schema';

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

const origin = z.string().max(300).regex(/^https?:\/\/[^/\s*]+$/);

const siteRuleSchema = z.strictObject({
  field: z.enum(PICK_FIELDS),
  selector: z.string().trim().min(1).max(MAX_SELECTOR),
  label: z.string().trim().min(1).max(MAX_LABEL).optional(),
});

export const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('cs:capture'), url: z.string().max(4000), result: extractionSchema }),
  z.strictObject({ type: z.literal('cs:pick'), url: z.string().max(4000), rule: siteRuleSchema }),
  z.strictObject({ type: z.literal('ui:start-picker'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('ui:dashboard') }),
  z.strictObject({ type: z.literal('ui:add-manual'), entry: manualEntrySchema }),
  z.strictObject({ type: z.literal('ui:add-event'), entry: eventEntrySchema }),
  z.strictObject({ type: z.literal('ui:export') }),
  z.strictObject({ type: z.literal('ui:import'), text: z.string().max(25 * 1024 * 1024) }),
  z.strictObject({ type: z.literal('ui:import-report'), result: extractionSchema }),
  z.strictObject({ type: z.literal('ui:tracked-sites') }),
  z.strictObject({ type: z.literal('ui:track-site'), origin, tabId: z.number().int().nonnegative().optional(), name: text(80).optional() }),
  // An empty name forgets the person's name for the site.
  z.strictObject({ type: z.literal('ui:site-name'), origin, name: z.string().trim().max(80) }),
  z.strictObject({ type: z.literal('ui:untrack-site'), origin }),
  z.strictObject({ type: z.literal('ui:delete-all') }),
  z.strictObject({ type: z.literal('ui:alert-state'), ids: z.array(z.string().min(1).max(200)).min(1).max(500), state: z.enum(['seen', 'dismissed']) }),
  z.strictObject({ type: z.literal('ui:factors') }),
]);

export type ParsedMessage = z.infer<typeof messageSchema>;
