/**
 * Holds docs/store-format.md ("Audit log") to its word: every row's hash is recomputed here from the
 * documented canonical form with plain node:crypto (not through the app's own auditRowHash), each row
 * links to the one before from the genesis value, and the worked example in the document is the very
 * first row of a real profile. Change the formula and either this test or the document must change.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { describeAuditEntry } from '../../../main/audit/audit-descriptions';
import type { AuditRow } from '../../../main/audit/audit-log';
import { auditedProfile } from './audit-fixture';

const DOC = fs.readFileSync(path.resolve(__dirname, '../../../docs/store-format.md'), 'utf8');
const START = DOC.indexOf('## Audit log');
const NEXT = DOC.indexOf('\n## ', START + 1);
const SECTION = DOC.slice(START, NEXT === -1 ? undefined : NEXT);

/** As the document says: SHA-256 (lower-case hex) of the UTF-8 JSON array, stored JSON columns as strings. */
function documentedHash(row: AuditRow): string {
  const canonical = JSON.stringify(['casework-audit:v1', row.seq, row.at, row.actor, row.action, row.cases_json, row.detail_json, row.prev_hash]);
  return crypto.createHash('sha256').update(Buffer.from(canonical, 'utf8')).digest('hex');
}

describe('the audit chain as documented', () => {
  it('the document has the section, the canonical form and the genesis value', () => {
    expect(SECTION.startsWith('## Audit log')).toBe(true);
    expect(SECTION).toContain('["casework-audit:v1", seq, at, actor, action, cases_json, detail_json, prev_hash]');
    expect(SECTION).toContain('64 zeros');
    for (const table of ['`audit_log`', '`audit_case_index`', '`sqlite_sequence`']) expect(SECTION).toContain(table);
    for (const kind of ['missing', 'out-of-order', 'modified', 'newest-missing']) expect(SECTION).toContain(`| \`${kind}\` |`);
  });

  it('every row’s hash is the documented SHA-256, linked from 64 zeros; the worked example is a real first row', async () => {
    const p = await auditedProfile();
    const kase = await p.createCase('Amira Khan');
    await p.call('saveNote', { id: uuidv7(), body: 'Visit.', structure: { children: [{ caseId: kase.id }] } });
    await p.call('search', { query: 'visit', caseId: kase.id });
    await p.call('updateSettings', { autoLockMinutes: 20 });
    const rows = await p.rows();
    expect(rows.length).toBeGreaterThanOrEqual(5);

    let prev = '0'.repeat(64);
    for (const row of rows) {
      expect(row.prev_hash, `prev_hash of ${row.seq}`).toBe(prev);
      expect(row.hash, `hash of ${row.seq}`).toBe(documentedHash(row));
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/u);
      prev = row.hash;
    }

    // The document's example: this fixture's first row, its canonical text and its hash.
    const first = rows[0]!;
    expect(first).toMatchObject({ seq: 1, at: '2026-11-26T09:00:00.000Z', actor: 'Sam Okafor', action: 'profile-created', cases_json: '[]', detail_json: '{}' });
    const exampleText = JSON.stringify(['casework-audit:v1', 1, first.at, first.actor, first.action, '[]', '{}', '0'.repeat(64)]);
    expect(SECTION).toContain(exampleText);
    expect(SECTION).toContain(`gives \`${first.hash}\``);
  });

  it('an entry’s words are built from ids and counts when read', () => {
    expect(describeAuditEntry('unlocked', { failedAttempts: 1 }, 0)).toBe('Unlocked after 1 wrong passphrase');
    expect(describeAuditEntry('unlocked', { failedAttempts: 4 }, 0)).toBe('Unlocked after 4 wrong passphrases');
    expect(describeAuditEntry('unlocked', {}, 0)).toBe('Unlocked');
    expect(describeAuditEntry('search', { results: 3, filters: ['caseId', 'from', 'to'] }, 1)).toBe('Searched with filters (child, from date, to date): 3 results');
    expect(describeAuditEntry('search', { results: 1, filters: [] }, 0)).toBe('Searched: 1 result');
    expect(describeAuditEntry('settings-changed', { changed: ['auto-lock time'] }, 0)).toBe('Settings changed: auto-lock time');
    expect(describeAuditEntry('export', { kind: 'pack', formats: ['pdf'], audience: 'professional', encrypted: false, files: [{ name: 'a.pdf', sha256: 'x' }] }, 1)).toBe(
      'Exported a conference pack (PDF) for professionals, not encrypted; 1 file with SHA-256 recorded',
    );
    expect(describeAuditEntry('export', { kind: 'note-templates', formats: ['yaml'], files: [{ name: 't.yaml', sha256: 'x' }] }, 0)).toBe(
      'Saved the note templates to a file; SHA-256 recorded',
    );
  });
});
