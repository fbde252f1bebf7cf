/**
 * The rule pack file format (docs/timescales.md): what a team writes in YAML or JSON. Every message
 * here is shown to whoever edits the file, next to the file name and the field path, so each says what
 * is wrong in the team's terms.
 */
import { z } from 'zod';

export const RULE_PACK_FORMAT = 'casework-rule-pack';

const packId = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .regex(/^[a-z][a-z0-9-]{0,39}$/u, { error: `${what} must be lower-case letters, digits and hyphens, starting with a letter (at most 40).` });
const label = z.string({ error: 'must be text.' }).trim().min(1, { error: 'must not be empty.' }).max(80, { error: 'can be at most 80 characters.' });
const count = (max: number) =>
  z.number({ error: 'must be a whole number.' }).int({ error: 'must be a whole number.' }).min(1, { error: 'must be at least 1.' }).max(max, { error: `can be at most ${max}.` });

/** Exactly one unit. Working days skip weekends and the nation's bank holidays. */
export const Duration = z.union(
  [
    z.strictObject({ workingDays: count(365) }),
    z.strictObject({ days: count(730) }),
    z.strictObject({ weeks: count(104) }),
    z.strictObject({ months: count(24) }),
    z.strictObject({ hours: count(240) }),
  ],
  { error: 'must be exactly one of workingDays, days, weeks, months or hours, e.g. { workingDays: 10 }.' },
);
export type Duration = z.infer<typeof Duration>;

const common = {
  id: packId('A rule id'),
  label,
  /** Where the value comes from ("Camden CP procedures 2024", "Care Planning Regulations 2010 reg. 28"). */
  source: z.string().max(300).optional(),
};

/** Visits while a status lasts: the first within `first` of its start, then each within `every` of the last. */
const VisitsRule = z.strictObject({
  ...common,
  type: z.literal('visits'),
  status: packId('status'),
  first: Duration.optional(),
  every: Duration,
  /** Looked-after children: the interval after the first year of the placement. */
  afterFirstYear: z.strictObject({ permanent: Duration, otherwise: Duration }).optional(),
  /** A visit counts when the child was seen; "expected" also notes visits where they were not seen alone. */
  seenAlone: z.enum(['expected', 'not-expected'], { error: 'must be expected or not-expected.' }).default('not-expected'),
});

/** After an event, another must follow within a time (strategy discussion → initial conference). */
const FollowUpRule = z.strictObject({
  ...common,
  type: z.literal('follow-up'),
  after: packId('after (an event id)'),
  within: Duration,
  metBy: packId('metBy (an event id)'),
  /** Only while the child has this status (reviews only while on a plan). */
  status: packId('status').optional(),
});

/** Before a planned event, something must be done (reports shared with parents 3 working days before). */
const ReportRule = z.strictObject({
  ...common,
  type: z.literal('report-before'),
  event: packId('event'),
  before: Duration,
  /** family-export: a pack exported for the family (from the export register). Or an event id. */
  metBy: packId('metBy'),
});

/** Notes written within a time of the contact; drafts past it show as unwritten. */
const RecordingRule = z.strictObject({
  ...common,
  type: z.literal('recording'),
  applies: z.enum(['significant', 'visits', 'all'], { error: 'must be significant, visits or all.' }),
  within: Duration,
});

export const Rule = z.discriminatedUnion('type', [VisitsRule, FollowUpRule, ReportRule, RecordingRule], {
  error: 'type must be one of visits, follow-up, report-before or recording.',
});
export type Rule = z.infer<typeof Rule>;
export type VisitsRule = z.infer<typeof VisitsRule>;
export type FollowUpRule = z.infer<typeof FollowUpRule>;
export type ReportRule = z.infer<typeof ReportRule>;
export type RecordingRule = z.infer<typeof RecordingRule>;

export const RulePackFile = z.strictObject({
  format: z.literal(RULE_PACK_FORMAT, { error: `must be "${RULE_PACK_FORMAT}" (is this a Casework rule pack?).` }),
  formatVersion: z.literal(1, { error: 'must be 1 (this version of Casework reads rule pack format 1).' }),
  name: label,
  /** The team's own revision number: raise it when you change the pack. */
  revision: count(100_000),
  description: z.string().max(2000).default(''),
  statuses: z
    .array(
      z.strictObject({
        id: packId('A status id'),
        label,
        /** Placements can be marked "intended to last until 18" (reg. 28's longer interval after year one). */
        permanence: z.boolean().default(false),
      }),
    )
    .min(1, { error: 'must list at least one status.' })
    .max(30),
  events: z
    .array(
      z.strictObject({
        id: packId('An event id'),
        label,
        /** Notes of these contact types are this event. Missing types are added to the team's list on import. */
        contactTypes: z.array(packId('A contact type id')).min(1, { error: 'must list at least one contact type.' }).max(10),
      }),
    )
    .max(40)
    .default([]),
  rules: z.array(Rule).max(100).default([]),
});
export type RulePackFile = z.infer<typeof RulePackFile>;
