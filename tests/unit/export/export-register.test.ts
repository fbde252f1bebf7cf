import crypto from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../main/cases/case-repository';
import { ExportRegister, type NewExportRecord } from '../../../main/export/export-register';
import { openEncryptedStore, type StoreDatabase } from '../../../main/store/open-store';
import { tempDir } from '../support/temp-profiles';

let db: StoreDatabase;
let register: ExportRegister;
let amira: string;
let leo: string;
const PACK_ID = '0190a8d2-5b7c-7000-8000-00000000a001';

beforeEach(() => {
  db = openEncryptedStore(path.join(tempDir(), 'store.db'), crypto.randomBytes(32), { create: true });
  const cases = new CaseRepository(db);
  const at = new Date('2026-01-01T00:00:00Z');
  amira = cases.create({ childName: 'Amira Khan', dateOfBirth: null, caseReference: 'CR-1001' }, at).id;
  leo = cases.create({ childName: 'Leo Khan', dateOfBirth: null, caseReference: 'CR-1002' }, at).id;
  db.prepare(
    `INSERT INTO packs (id, case_id, conference_type, date_from, date_to, author, children_json, created_at, updated_at)
     VALUES (?, ?, 'review', '2025-09-01', '2026-02-28', 'Sam Patel', '[]', ?, ?)`,
  ).run(PACK_ID, amira, at.toISOString(), at.toISOString());
  register = new ExportRegister(db);
});
afterEach(() => db.close());

function row(overrides: Partial<NewExportRecord> = {}): NewExportRecord {
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-03-05T14:02:00.000Z',
    author: 'Sam Patel',
    packId: PACK_ID,
    conferenceType: 'review',
    from: '2025-09-01',
    to: '2026-02-28',
    formats: ['pdf', 'csv'],
    audience: 'family',
    recipient: 'Ms Khan (mother)',
    purpose: 'Report to parents before the review conference',
    encrypted: true,
    files: [
      { name: 'conference-pack-CR-1001_CR-1002-2026-03-05-family.pdf', sha256: 'a'.repeat(64), bytes: 1234 },
      { name: 'conference-pack-CR-1001_CR-1002-2026-03-05-family.zip', sha256: 'b'.repeat(64), bytes: 999 },
    ],
    children: [
      { caseId: amira, childName: 'Amira Khan' },
      { caseId: leo, childName: 'Leo Khan' },
    ],
    ...overrides,
  };
}

describe('export register', () => {
  it('records who, when, what, for whom and why, with each file hash, and lists it for every child in it', () => {
    const entry = row();
    register.record(entry);
    const expected = {
      id: entry.id,
      createdAt: entry.createdAt,
      author: 'Sam Patel',
      children: [
        { caseId: amira, childName: 'Amira Khan' },
        { caseId: leo, childName: 'Leo Khan' },
      ],
      from: '2025-09-01',
      to: '2026-02-28',
      conferenceType: 'review',
      formats: ['pdf', 'csv'],
      audience: 'family',
      recipient: 'Ms Khan (mother)',
      purpose: 'Report to parents before the review conference',
      encrypted: true,
      files: entry.files,
    };
    expect(register.listForCase(amira)).toEqual([expected]);
    expect(register.listForCase(leo)).toEqual([expected]);
  });

  it('lists newest first, and only the exports that included the child', () => {
    register.record(row({ id: 'e1', createdAt: '2026-03-01T10:00:00.000Z' }));
    register.record(row({ id: 'e3', createdAt: '2026-03-09T10:00:00.000Z', audience: 'professional', encrypted: false }));
    register.record(row({ id: 'e2', createdAt: '2026-03-05T10:00:00.000Z', children: [{ caseId: leo, childName: 'Leo Khan' }] }));
    expect(register.listForCase(amira).map((e) => e.id)).toEqual(['e3', 'e1']);
    expect(register.listForCase(leo).map((e) => e.id)).toEqual(['e3', 'e2', 'e1']);
    expect(register.listForCase(leo)[0]).toMatchObject({ audience: 'professional', encrypted: false });
  });

  it('is append-only: the store refuses to change or delete a row', () => {
    register.record(row({ id: 'e1' }));
    expect(() => db.prepare(`UPDATE exports SET recipient = 'someone else' WHERE id = 'e1'`).run()).toThrow(/cannot be changed/u);
    expect(() => db.prepare(`DELETE FROM exports WHERE id = 'e1'`).run()).toThrow(/cannot be changed/u);
    expect(() => db.prepare(`UPDATE export_children SET child_name = 'x'`).run()).toThrow(/cannot be changed/u);
    expect(() => db.prepare(`DELETE FROM export_children`).run()).toThrow(/cannot be changed/u);
    expect(register.listForCase(amira)[0]!.recipient).toBe('Ms Khan (mother)');
  });

  it('records an export and its children in one transaction: all or nothing', () => {
    const broken = row({ id: 'e1', children: [{ caseId: amira, childName: 'Amira Khan' }, { caseId: 'no-such-case', childName: 'X' }] });
    expect(() => register.record(broken)).toThrow();
    expect(register.listForCase(amira)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM exports').pluck().get()).toBe(0);
  });
});
