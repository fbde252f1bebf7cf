import { describe, expect, it } from 'vitest';
import { packFor } from '../../../main/export/redaction';
import { exportContext } from '../../../main/export/export-context';
import { REDACTED_THIRD_PARTY } from '../../../preload/contract/third-party';
import type { Pack } from '../../../preload/contract/packs';
import { FIXTURE_AUDIT_HEAD, fixturePack, fixtureReferences, THIRD_PARTY } from './fixture-pack';

/** Every string anywhere in a value (the whole pack, ids included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** A pack with a marked passage in every text field a document prints. */
function markedEverywhere(): Pack {
  const pack = fixturePack();
  const m = (label: string) => `{{secret ${label}}}`;
  pack.author = `Sam ${m('author')}`;
  const child = pack.children[0]!;
  child.childName = `Amira ${m('name')}`;
  child.details = [{ label: `Label ${m('label')}`, value: `Value ${m('value')}` }];
  child.seen = [{ date: '2025-10-02', time: '10:00', answer: `Seen ${m('answer')}`, detail: `Detail ${m('detail')}`, noteId: null }];
  child.sections = [{ key: 'heading-0', heading: `Heading ${m('heading')}`, text: `Text ${m('text')}` }];
  child.chronology = [
    { date: '2025-10-02', time: null, age: `8 ${m('age')}`, event: `Event ${m('event')}`, source: `Source ${m('source')}`, analysis: `Analysis ${m('analysis')}` },
  ];
  return pack;
}

describe('packFor: the audience decides the words, before anything is rendered', () => {
  it('for families, every marked passage in every field is replaced, and nothing marked is left', () => {
    const family = packFor(markedEverywhere(), 'family');
    const all = strings(family).join('\n');
    expect(all).not.toContain('secret');
    expect(all).not.toContain('{{');
    const child = family.children[0]!;
    expect(child.childName).toBe(`Amira ${REDACTED_THIRD_PARTY}`);
    expect(child.chronology[0]!.age).toBe(`8 ${REDACTED_THIRD_PARTY}`);
    expect(family.author).toBe(`Sam ${REDACTED_THIRD_PARTY}`);
    // Twelve fields marked here, plus Leo's recommendation: thirteen redactions, one per passage.
    expect(all.split(REDACTED_THIRD_PARTY)).toHaveLength(14);
  });

  it('for professionals, the markers go and the information stays', () => {
    const professional = packFor(fixturePack(), 'professional');
    const all = strings(professional).join('\n');
    expect(all).not.toContain('{{');
    expect(all).not.toContain(REDACTED_THIRD_PARTY);
    for (const passage of THIRD_PARTY) expect(all).toContain(passage);
  });

  it('keeps ids, keys and the shape; leaves the original pack untouched', () => {
    const original = fixturePack();
    const before = JSON.stringify(original);
    const family = packFor(original, 'family');
    expect(JSON.stringify(original)).toBe(before);
    expect(family.id).toBe(original.id);
    expect(family.children.map((c) => c.caseId)).toEqual(original.children.map((c) => c.caseId));
    expect(family.children[0]!.sections.map((s) => s.key)).toEqual(original.children[0]!.sections.map((s) => s.key));
    expect(family.children[0]!.chronology).toHaveLength(original.children[0]!.chronology.length);
  });

  it('the export context is built from the redacted pack: its reference falls back to redacted names', () => {
    const pack = markedEverywhere();
    const refs = fixtureReferences(pack);
    refs.set(pack.children[0]!.caseId, null); // no reference: the name is printed instead
    const ctx = exportContext(pack, { audience: 'family', producedAt: new Date('2026-03-05T10:00:00Z'), caseReferences: refs, auditHead: FIXTURE_AUDIT_HEAD });
    expect(ctx.reference).toBe(`Amira ${REDACTED_THIRD_PARTY}, CR-1002`);
    expect(ctx.author).toBe(`Sam ${REDACTED_THIRD_PARTY}`);
    // File names use references only; a child without one is left out, never named.
    expect(ctx.fileReference).toBe('CR-1002');
    expect(ctx.marking).toBe('OFFICIAL-SENSITIVE');
  });

  it('references come from the cases table, never the edited details; a pack with none gets a neutral file reference', () => {
    const pack = fixturePack();
    const refs = new Map([[pack.children[0]!.caseId, 'LCS/2024/17'], [pack.children[1]!.caseId, 'CR-1002']]);
    const ctx = exportContext(pack, { audience: 'professional', producedAt: new Date(), caseReferences: refs, auditHead: FIXTURE_AUDIT_HEAD });
    expect(ctx.reference).toBe('LCS/2024/17, CR-1002');
    expect(ctx.fileReference).toBe('LCS-2024-17_CR-1002');
    const none = exportContext(pack, { audience: 'family', producedAt: new Date(), caseReferences: new Map(), auditHead: FIXTURE_AUDIT_HEAD });
    expect(none.reference).toBe('Amira Khan, Leo Khan');
    expect(none.fileReference).toMatch(/^no-reference-[0-9a-f]{8}$/u);
  });
});
