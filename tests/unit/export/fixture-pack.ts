/**
 * A pack built by hand for the export tests: two children, third-party passages ({{…}}) in a section,
 * a chronology event and a seen-row detail, and strings a spreadsheet would run as formulas.
 * The chronology of the first child is deliberately out of date order (outputs must sort and number it).
 */
import type { Pack } from '../../../preload/contract/packs';
import { exportContext, type ExportContext } from '../../../main/export/export-context';
import type { Audience } from '../../../preload/contract/packs';

/** Every third-party passage in the fixture, as it must vanish from the family version. */
export const THIRD_PARTY = ['Mrs Green at number 4', 'her cousin Dean Walsh', 'the lodger Mr Pike', 'Aunt Rosa Delgado'] as const;

export const INJECTIONS = {
  hyperlink: '=HYPERLINK("http://evil.example/x","Click for details")',
  phone: '+44 7700 900123',
  minus: '-5',
  at: '@SUM(A1:A9)',
} as const;

export const AMIRA_REF = 'CR-1001';
export const LEO_REF = 'CR-1002';

export function fixturePack(): Pack {
  return {
    id: '0190a8d2-5b7c-7000-8000-00000000a001',
    caseId: '0190a8d2-5b7c-7000-8000-0000000000c1',
    conferenceType: 'review',
    from: '2025-09-01',
    to: '2026-02-28',
    author: 'Sam Patel',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    children: [
      {
        caseId: '0190a8d2-5b7c-7000-8000-0000000000c1',
        childName: 'Amira Khan',
        details: [
          { label: 'Date of birth', value: '14 May 2017 (8 years)' },
          { label: 'Reference', value: AMIRA_REF },
          { label: 'Legal status', value: 'Child protection plan (neglect)' },
          { label: 'Allocated worker', value: 'Sam Patel' },
        ],
        seen: [
          { date: '2025-10-02', time: '16:00', answer: 'Seen alone', detail: 'In her bedroom.', noteId: null },
          {
            date: '2025-11-12',
            time: null,
            answer: 'Seen',
            detail: 'Mum and {{the lodger Mr Pike}} were present; Amira did not want to talk alone.',
            noteId: null,
          },
        ],
        sections: [
          { key: 'childs-views', heading: "Amira's views", text: 'Amira said "I like my school".\nShe wants to see Dad more.' },
          {
            key: 'parents-views',
            heading: "Parents' views",
            text: 'Mum says the house is calmer.\n\nShe said {{Mrs Green at number 4}} had called the police in October.',
          },
          { key: 'heading-0', heading: 'What are we worried about?', text: 'Missed health appointments, & school lateness <often>.' },
          { key: 'recommendation', heading: 'Recommendation', text: 'Continue the plan for three months.' },
        ],
        chronology: [
          {
            date: '2025-12-01',
            time: '10:30',
            age: '8 years 6 months',
            event: 'Strategy discussion after {{her cousin Dean Walsh}} reported an injury.',
            source: 'Police',
            analysis: 'Bruise explained; consistent with play.',
          },
          {
            date: '2025-09-15',
            time: null,
            age: '8 years 4 months',
            event: INJECTIONS.hyperlink,
            source: INJECTIONS.phone,
            analysis: INJECTIONS.minus,
          },
          {
            date: '2025-10-20',
            time: '09:00',
            age: '8 years 5 months',
            event: 'School reported lateness, "again", on 3 days, with a note',
            source: INJECTIONS.at,
            analysis: 'Pattern continues,\nsecond line.',
          },
        ],
      },
      {
        caseId: '0190a8d2-5b7c-7000-8000-0000000000c2',
        childName: 'Leo Khan',
        details: [
          { label: 'Date of birth', value: '3 January 2020 (6 years)' },
          { label: 'Reference', value: LEO_REF },
        ],
        seen: [{ date: '2025-10-02', time: '16:30', answer: 'Not seen', detail: 'At nursery.', noteId: null }],
        sections: [
          { key: 'childs-views', heading: "Leo's views", text: 'Leo showed me his drawing of the family.' },
          { key: 'recommendation', heading: 'Recommendation', text: 'Staying with {{Aunt Rosa Delgado}} at weekends to continue.' },
        ],
        chronology: [
          { date: '2025-09-20', time: null, age: '5 years 8 months', event: 'Started nursery.', source: 'Nursery', analysis: 'Settled well.' },
          { date: '2026-01-10', time: '14:00', age: '6 years', event: 'Health visitor review.', source: 'Health visitor', analysis: '' },
        ],
      },
    ],
  };
}

export const PRODUCED_AT = new Date('2026-03-05T12:02:00Z');

/** The references the cases table would give, by case id. */
export function fixtureReferences(pack: Pack): Map<string, string | null> {
  const byName: Record<string, string> = { 'Amira Khan': AMIRA_REF, 'Leo Khan': LEO_REF };
  return new Map(pack.children.map((c) => [c.caseId, byName[c.childName] ?? null]));
}

/** A made-up audit chain head: exports must carry it in their metadata. */
export const FIXTURE_AUDIT_HEAD = 'a1'.repeat(32);

export function fixtureContext(audience: Audience, pack: Pack = fixturePack()): ExportContext {
  return exportContext(pack, { audience, producedAt: PRODUCED_AT, caseReferences: fixtureReferences(pack), auditHead: FIXTURE_AUDIT_HEAD });
}

/** Amira's chronology as it must be printed: date order, numbered 1.. */
export const AMIRA_EVENTS_IN_ORDER = ['=HYPERLINK', 'School reported lateness', 'Strategy discussion'] as const;
