/**
 * Rule packs as imported: every file's text is kept exactly as the team wrote it (comments and all),
 * with its name, revision and file name, so what the rules said on any day can be read again. The
 * newest import is the pack in use. The text is parsed again when it is needed; the parsed pack in use
 * is kept per repository (one per unlocked session), since the Due view asks for it often.
 */
import { v7 as uuidv7 } from 'uuid';
import type { RulePackSummary } from '../../preload/contract/timescales';
import { logUnexpectedError } from '../shared/safe-log';
import type { StoreDatabase } from '../store/open-store';
import { parseRulePack } from './parse-rule-pack';
import type { RulePackFile } from './rule-pack-schema';
import { summarisePack, type RulePackRecord } from './rule-pack-summary';

export interface ActivePack {
  record: RulePackRecord;
  pack: RulePackFile;
  summary: RulePackSummary;
}

interface RecordRow {
  id: string;
  name: string;
  revision: number;
  file_name: string;
  imported_at: string;
}

const toRecord = (row: RecordRow): RulePackRecord => ({
  id: row.id,
  name: row.name,
  revision: row.revision,
  fileName: row.file_name,
  importedAt: row.imported_at,
});

export class RulePackStore {
  private readonly insert;
  private readonly selectNewest;
  private readonly selectText;
  /** The parsed pack in use, by its row id: a new import changes the id, so the cache cannot go stale. */
  private cached: ActivePack | null = null;
  /** A stored pack that no longer parses is reported once, not on every request. */
  private unreadableId: string | null = null;

  constructor(
    db: StoreDatabase,
    private readonly now: () => Date,
  ) {
    this.insert = db.prepare(
      `INSERT INTO rule_packs (id, name, revision, file_name, source_text, imported_at)
       VALUES (@id, @name, @revision, @fileName, @text, @importedAt)`,
    );
    this.selectNewest = db.prepare<[], RecordRow>(
      'SELECT id, name, revision, file_name, imported_at FROM rule_packs ORDER BY imported_at DESC, rowid DESC LIMIT 1',
    );
    this.selectText = db.prepare<[string], string>('SELECT source_text FROM rule_packs WHERE id = ?').pluck();
  }

  /** Keeps a pack that parseRulePack accepted; it becomes the pack in use. */
  record(fileName: string, text: string, pack: RulePackFile): ActivePack {
    const record: RulePackRecord = {
      id: uuidv7(),
      name: pack.name,
      revision: pack.revision,
      fileName,
      importedAt: this.now().toISOString(),
    };
    this.insert.run({ ...record, text });
    this.cached = { record, pack, summary: summarisePack(record, pack) };
    return this.cached;
  }

  /** The pack in use, or null before any is imported. */
  active(): ActivePack | null {
    const row = this.selectNewest.get();
    if (!row) return null;
    if (this.cached?.record.id === row.id) return this.cached;
    if (this.unreadableId === row.id) return null;
    const record = toRecord(row);
    try {
      const pack = parseRulePack(record.fileName, this.selectText.get(row.id)!);
      this.cached = { record, pack, summary: summarisePack(record, pack) };
      return this.cached;
    } catch (error) {
      // It passed when imported; a later version of the format may read it differently. No pack is then
      // in use (no reminders, nothing blocked) and importing it again shows the team what to fix.
      logUnexpectedError('rule pack', error);
      this.unreadableId = row.id;
      return null;
    }
  }
}
