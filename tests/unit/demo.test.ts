/**
 * The demo/training profile: built only through the core's API, readable by a fresh core after unlock,
 * the right size and spread, deterministic, and made only of our invented names and sentences.
 */
import { describe, expect, it } from 'vitest';
import type { CaseSummary, Family, Note, ProfileSummary } from '../../preload/contract';
import { planDemo } from '../../main/demo/demo-plan';
import { DEMO_DISPLAY_NAME, DEMO_FAMILIES } from '../../main/demo/families';
import * as templates from '../../main/demo/note-templates';
import { seedDemoProfile } from '../../main/demo/seed-profile';
import { FAST_KDF, tempDir, testCore } from './support/temp-profiles';

const NOW = new Date('2026-10-30T17:00:00Z');
const PASSPHRASE = 'demo course passphrase here';
const MONTH_MS = 30.44 * 86_400_000;

async function seedAndRead(seed?: number) {
  const root = tempDir('casework-demo-');
  const seeded = await seedDemoProfile({ profilesRoot: root, passphrase: PASSPHRASE, now: NOW, kdf: FAST_KDF, seed });
  // A fresh core, as the app would be on the next start: nothing carried over from the seeding one.
  const { call } = testCore({ profilesRoot: root });
  const profiles = await call<ProfileSummary[]>('listProfiles');
  await call('unlock', { profileId: seeded.profileId, passphrase: PASSPHRASE });
  const cases = await call<CaseSummary[]>('listCases');
  const notesByCase = new Map<string, Note[]>();
  for (const kase of cases) notesByCase.set(kase.childName, await call<Note[]>('listNotes', { caseId: kase.id }));
  return { seeded, profiles, cases, notesByCase, allNotes: [...notesByCase.values()].flat() };
}

/** Every word any demo note may contain: our templates and our invented families, nothing else. */
function demoVocabulary(): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const w of value.match(/\p{L}+/gu) ?? []) words.add(w);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(templates);
  visit(DEMO_FAMILIES);
  return words;
}

describe('demo profile', () => {
  it('is created through the API and unlocks in a fresh core with its cases and notes', async () => {
    const { seeded, profiles, cases, allNotes, notesByCase } = await seedAndRead();
    expect(profiles).toEqual([{ id: seeded.profileId, displayName: DEMO_DISPLAY_NAME }]);
    expect(DEMO_DISPLAY_NAME).toMatch(/^Demo – .+ \(training\)$/u);
    expect(seeded.recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/u);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(seeded.caseCount).toBe(cases.length);
    expect(allNotes.length).toBeGreaterThanOrEqual(180);
    expect(allNotes.length).toBeLessThanOrEqual(220);
    expect(seeded.noteCount).toBe(allNotes.length);
    // Every case has notes, and its summary agrees with what is listed.
    for (const kase of cases) expect(kase.noteCount).toBe(notesByCase.get(kase.childName)!.length);
    expect(cases.every((c) => c.noteCount > 0)).toBe(true);
  });

  it('spreads notes over at least 15 months before "now", on weekdays, newest first in each case', async () => {
    const { cases, allNotes, notesByCase } = await seedAndRead();
    const times = allNotes.map((n) => Date.parse(n.createdAt));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(15 * MONTH_MS);
    expect(Math.max(...times)).toBeLessThan(NOW.getTime());
    expect(times.every((t) => ![0, 6].includes(new Date(t).getUTCDay()))).toBe(true);
    for (const kase of cases) {
      const listed = notesByCase.get(kase.childName)!.map((n) => n.createdAt);
      expect(listed).toEqual([...listed].sort().reverse());
      expect(new Set(listed).size).toBe(listed.length);
      // The case was opened before anything was written on it.
      expect(kase.createdAt < listed.at(-1)!).toBe(true);
    }
  });

  it('children span a baby to sixteen, with plausible dates of birth', async () => {
    const { cases } = await seedAndRead();
    const ages = cases.map((c) => (NOW.getTime() - Date.parse(c.dateOfBirth!)) / (12 * MONTH_MS));
    expect(Math.min(...ages)).toBeLessThan(1);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...ages)).toBeLessThan(17);
  });

  it('is deterministic: the same seed gives the same notes, another seed different ones', async () => {
    const first = await seedAndRead();
    const second = await seedAndRead();
    const bodies = (r: typeof first) => [...r.notesByCase].sort(([a], [b]) => a.localeCompare(b)).map(([k, ns]) => [k, ns.map((n) => n.body)]);
    expect(bodies(second)).toEqual(bodies(first));
    expect(second.allNotes.map((n) => n.createdAt).sort()).toEqual(first.allNotes.map((n) => n.createdAt).sort());
    const other = planDemo({ now: NOW, seed: 7 }).notes.map((n) => n.body);
    expect(other).not.toEqual(planDemo({ now: NOW }).notes.map((n) => n.body));
  });

  it('contains only invented people, places and sentences, and nothing shaped like real identifiers', async () => {
    const { cases, allNotes } = await seedAndRead();
    const children = DEMO_FAMILIES.flatMap((f) => f.children.map((c) => `${c.firstName} ${c.surname}`));
    for (const kase of cases) {
      expect(children).toContain(kase.childName);
      expect(kase.caseReference).toMatch(/^DEMO-\d{4}$/u);
    }
    const vocabulary = demoVocabulary();
    for (const note of allNotes) {
      expect(note.body).not.toMatch(/[{}]/u); // every placeholder filled
      const unknown = (note.body.match(/\p{L}+/gu) ?? []).filter((w) => !vocabulary.has(w));
      expect(unknown).toEqual([]);
      expect(note.body).not.toMatch(/\d{3}\s?\d{3}\s?\d{4}/u); // NHS-number or phone-number shaped
      expect(note.body).not.toMatch(/@|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/u); // e-mail address, postcode
    }
  });
});

describe('demo people and family groups', () => {
  it('each family is one group with its carers, parents and professionals, and a case summary', async () => {
    const root = tempDir('casework-demo-');
    const seeded = await seedDemoProfile({ profilesRoot: root, passphrase: PASSPHRASE, now: NOW, kdf: FAST_KDF });
    const { call } = testCore({ profilesRoot: root });
    await call('unlock', { profileId: seeded.profileId, passphrase: PASSPHRASE });
    const cases = await call<CaseSummary[]>('listCases');
    const tyler = cases.find((c) => c.childName === 'Tyler Hartley')!;
    expect(tyler).toMatchObject({ legalStatus: 'Child protection plan (neglect)', allocatedWorker: 'Alex Morgan' });
    const family = await call<Family>('getFamily', { caseId: tyler.id });
    expect(family.children.map((c) => c.childName)).toEqual(['Tyler Hartley', 'Alfie Hartley', 'Poppy Hartley']);
    const kelly = family.people.find((p) => p.fullName === 'Kelly Hartley')!;
    expect(kelly.links.map((l) => [l.childName, l.relationship, l.parentalResponsibility])).toEqual([
      ['Alfie Hartley', 'mother', true],
      ['Poppy Hartley', 'mother', true],
      ['Tyler Hartley', 'mother', true],
    ]);
    expect(family.people.find((p) => p.fullName === 'Jo Bright')).toMatchObject({ role: 'Health visitor', agency: 'Brackenmoor Health Centre' });
    // Looked after: foster carers without parental responsibility; mum seen at family time keeps it.
    const jasmine = cases.find((c) => c.childName.startsWith('Jasmine'))!;
    const reid = await call<Family>('getFamily', { caseId: jasmine.id });
    const links = (name: string) => reid.people.find((p) => p.fullName === name)!.links[0]!;
    expect(links('Sue Whitfield')).toMatchObject({ relationship: 'foster-carer', parentalResponsibility: false, livesWithChild: true });
    expect(links('Tina Reid')).toMatchObject({ relationship: 'mother', parentalResponsibility: true, livesWithChild: false });
  });
});
