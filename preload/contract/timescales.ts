/**
 * Advisory timescales: what is due, overdue and met across the caseload, computed from the team's
 * rule pack and the notes already written. Nothing here ever blocks an action; items can be snoozed
 * or marked not applicable, with a reason that is kept.
 */
import { z } from 'zod';
import { chosenTextFile, id, NO_CONTROL_CHARACTERS, NO_CONTROL_EXCEPT_WHITESPACE } from './fields';
import { DUE_KINDS, DUE_STATES, MAX_RULE_PACK_BYTES, NATIONS, REMINDER_DECISIONS } from './timescale-options';

export * from './timescale-options';

const calendarDate = (label: string) => z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` });
/** A status or event id from the rule pack: lower-case words and hyphens. */
const packKey = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/u, { error: `${label} must be a rule pack id (lower-case letters, digits and hyphens).` });

export const DueItem = z.object({
  /** Stable for the same obligation: rule, case and what it runs from. Decisions attach to it. */
  key: z.string(),
  caseId: z.string(),
  childName: z.string(),
  ruleId: z.string(),
  /** The rule's own words, e.g. "Child protection visit". */
  ruleLabel: z.string(),
  /** The rule in plain words with its source, e.g. "Every 10 working days while on a child protection plan". */
  ruleText: z.string(),
  kind: z.enum(DUE_KINDS),
  state: z.enum(DUE_STATES),
  /** UK calendar date it is due by. */
  dueOn: z.string(),
  /** Why, from the record: "Last seen alone Mon 30 Dec 2026" or "No visit since the plan started on …". */
  evidence: z.string(),
  /** The note that is the evidence (opens it), if any. */
  evidenceNoteId: z.string().nullable(),
  /** Seen, but not alone where the rule expects seen alone (advice, not failure). */
  notSeenAlone: z.boolean(),
  /** The latest decision on this item, if any. */
  decision: z
    .object({ decision: z.enum(REMINDER_DECISIONS), reason: z.string(), untilOn: z.string().nullable(), decidedAt: z.string() })
    .nullable(),
});
export type DueItem = z.infer<typeof DueItem>;

export const RulePackSummary = z.object({
  id: z.string(),
  name: z.string(),
  revision: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
  description: z.string(),
  statuses: z.array(z.object({ id: z.string(), label: z.string(), permanence: z.boolean() })),
  events: z.array(z.object({ id: z.string(), label: z.string(), contactTypes: z.array(z.string()) })),
  /** Each rule in plain words, so the team can read what it set. */
  rules: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
});
export type RulePackSummary = z.infer<typeof RulePackSummary>;

export const DueOverview = z.object({
  /** Today, as the rules saw it (UK date). */
  today: z.string(),
  nation: z.enum(NATIONS),
  pack: RulePackSummary.nullable(),
  items: z.array(DueItem),
});
export type DueOverview = z.infer<typeof DueOverview>;

export const CaseStatus = z.object({
  id: z.string(),
  caseId: z.string(),
  status: z.string(),
  /** The pack's label for it (or the id when the pack no longer has it). */
  label: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  permanent: z.boolean().nullable(),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

export const PlannedEvent = z.object({
  id: z.string(),
  caseId: z.string(),
  event: z.string(),
  label: z.string(),
  plannedOn: z.string(),
  cancelled: z.boolean(),
});
export type PlannedEvent = z.infer<typeof PlannedEvent>;

const reason = z
  .string({ error: 'Reason must be text.' })
  .trim()
  .min(1, { error: 'Give a reason: it is kept with the reminder.' })
  .max(500, { error: 'The reason can be at most 500 characters.' })
  .regex(NO_CONTROL_EXCEPT_WHITESPACE, { error: 'The reason contains characters that cannot be stored.' });

export const timescaleChannels = {
  /** Everything due, overdue and recently met across the caseload (or one case). */
  getDue: { request: z.strictObject({ caseId: id('Case').optional() }), response: DueOverview },
  listCaseStatuses: { request: z.strictObject({ caseId: id('Case') }), response: z.array(CaseStatus) },
  addCaseStatus: {
    request: z.strictObject({
      caseId: id('Case'),
      status: packKey('Status'),
      startedOn: calendarDate('Start date'),
      permanent: z.boolean({ error: 'Say whether the placement is intended to be permanent.' }).nullable().default(null),
    }),
    response: CaseStatus,
  },
  /** Ends a status (or a placement) on a date; it stays in the history. */
  endCaseStatus: {
    request: z.strictObject({ statusId: id('Status'), endedOn: calendarDate('End date') }),
    response: CaseStatus,
  },
  /** Corrects a status entered by mistake: its dates or permanence. */
  updateCaseStatus: {
    request: z
      .strictObject({
        statusId: id('Status'),
        startedOn: calendarDate('Start date'),
        endedOn: calendarDate('End date').nullable(),
        permanent: z.boolean().nullable(),
      })
      .refine((r) => r.endedOn === null || r.endedOn >= r.startedOn, { error: 'The end date must be on or after the start date.', path: ['endedOn'] }),
    response: CaseStatus,
  },
  listPlannedEvents: { request: z.strictObject({ caseId: id('Case') }), response: z.array(PlannedEvent) },
  addPlannedEvent: {
    request: z.strictObject({ caseId: id('Case'), event: packKey('Event'), plannedOn: calendarDate('Date') }),
    response: PlannedEvent,
  },
  cancelPlannedEvent: { request: z.strictObject({ plannedEventId: id('Planned event') }), response: PlannedEvent },
  /** Snooze (until a date), mark not applicable, or reopen — always with a reason, always kept. */
  decideReminder: {
    request: z
      .strictObject({
        caseId: id('Case'),
        itemKey: z.string().min(1).max(300).regex(NO_CONTROL_CHARACTERS),
        decision: z.enum(REMINDER_DECISIONS, { error: 'Choose snooze, not applicable or reopen.' }),
        untilOn: calendarDate('Snooze until').nullable().default(null),
        reason,
      })
      .refine((r) => r.decision !== 'snoozed' || r.untilOn !== null, { error: 'Choose the date to snooze until.', path: ['untilOn'] }),
    response: z.null(),
  },
  /** The rule pack in use (null before one is imported) and the nation. */
  getRulePack: { request: z.strictObject({}), response: z.object({ pack: RulePackSummary.nullable(), nation: z.enum(NATIONS) }) },
  /** Imports a pack file the practitioner chose (its text): validated, with errors naming file, field and problem. */
  importRulePack: {
    request: chosenTextFile(MAX_RULE_PACK_BYTES, 'The file is too large to be a rule pack.'),
    /** notices: what the import could not do for the team, e.g. a contact type it could not add. */
    response: RulePackSummary.extend({ notices: z.array(z.string()) }),
  },
  /** The example pack shipped with the app ("England — example defaults"): its text, to read, copy or import. */
  getExampleRulePack: { request: z.strictObject({}), response: z.object({ fileName: z.string(), text: z.string() }) },
  setNation: { request: z.strictObject({ nation: z.enum(NATIONS, { error: 'Choose a nation.' }) }), response: z.null() },
};
