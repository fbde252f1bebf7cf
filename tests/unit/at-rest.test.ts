import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, CreatedProfile } from '../../preload/contract';
import { PASSPHRASE, testCore } from './support/temp-profiles';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.isFile() ? [full] : [];
  });
}

function filesContaining(files: string[], marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return files.filter((file) => {
    try {
      const bytes = fs.readFileSync(file);
      return needles.some((n) => bytes.includes(n));
    } catch {
      return false; // vanished or unreadable (not ours)
    }
  });
}

describe('nothing readable at rest', () => {
  it('case text and drafts never appear in plaintext in the profile folder (store, WAL, SHM, key slots) or temp', async () => {
    const marker = `MARKER-${uuidv7()}`;
    const tmpBefore = new Set(filesUnder(os.tmpdir()));
    const { call, root } = testCore();
    const { profile } = await call<CreatedProfile>('createProfile', { displayName: 'Sam', passphrase: PASSPHRASE });
    const kase = await call<CaseSummary>('createCase', { childName: `Child ${marker}`, caseReference: marker });
    for (let i = 0; i < 300; i += 1) {
      await call('saveNote', {
        id: uuidv7(),
        body: `Visit ${i}: ${marker} said she felt safe. ${'lorem ipsum '.repeat(20)}`,
        structure: { children: [{ caseId: kase.id }] },
      });
    }
    await call('saveDraft', { id: uuidv7(), caseId: kase.id, body: `Half-typed: ${marker} told me` });
    await call('listNotes', { caseId: kase.id }); // a sort over many rows: would spill to temp files if allowed

    const dir = path.join(root, profile.id);
    const profileFiles = filesUnder(dir);
    // The WAL is live while unlocked: check it now, and the store again after lock (checkpointed).
    expect(profileFiles.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['store.db', 'store.db-wal', 'keys.json', 'profile.json']));
    expect(filesContaining(profileFiles, marker)).toEqual([]);
    const newTemp = filesUnder(os.tmpdir()).filter((f) => !tmpBefore.has(f) && !f.startsWith(root));
    expect(filesContaining(newTemp, marker)).toEqual([]);
    expect(filesContaining(['/var/tmp'].flatMap((d) => (fs.existsSync(d) ? filesUnder(d) : [])), marker)).toEqual([]);

    await call('lock');
    const afterLock = filesUnder(dir);
    expect(filesContaining(afterLock, marker)).toEqual([]);
    const header = fs.readFileSync(path.join(dir, 'store.db')).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
  });
});
