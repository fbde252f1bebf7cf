/**
 * The export register: every export — who, when, which children and period, which formats, redacted or
 * not, for whom and why, and the SHA-256 of every file written — so a council can answer "what left the
 * laptop, and is this the file we sent?". Append-only: migration 0008's triggers refuse any UPDATE or
 * DELETE, so the register stays a record rather than a list someone can tidy.
 */
import type { Audience, ConferenceType, ExportedFile, ExportFormat, ExportRecord } from '../../preload/contract/packs';
import type { StoreDatabase } from '../store/open-store';

export interface NewExportRecord {
  id: string;
  /** ISO timestamp. */
  createdAt: string;
  author: string;
  /** The pack exported (null only if it is not kept in this store). */
  packId: string | null;
  conferenceType: ConferenceType;
  from: string;
  to: string;
  formats: readonly ExportFormat[];
  audience: Audience;
  recipient: string;
  purpose: string;
  encrypted: boolean;
  /** Every file written, the archive too when encrypted. */
  files: readonly ExportedFile[];
  children: ReadonlyArray<{ caseId: string; childName: string }>;
}

interface ExportRow {
  id: string;
  created_at: string;
  author: string;
  conference_type: ConferenceType;
  date_from: string;
  date_to: string;
  formats_json: string;
  audience: Audience;
  recipient: string;
  purpose: string;
  encrypted: number;
  files_json: string;
}

export class ExportRegister {
  private readonly insertExport;
  private readonly insertChild;
  private readonly selectForCase;
  private readonly selectChildren;
  private readonly recordAll;

  constructor(db: StoreDatabase) {
    this.insertExport = db.prepare(
      `INSERT INTO exports (id, created_at, author, pack_id, conference_type, date_from, date_to, formats_json,
                            audience, recipient, purpose, encrypted, files_json)
       VALUES (@id, @createdAt, @author, @packId, @conferenceType, @from, @to, @formatsJson,
               @audience, @recipient, @purpose, @encrypted, @filesJson)`,
    );
    this.insertChild = db.prepare(`INSERT INTO export_children (export_id, case_id, child_name) VALUES (?, ?, ?)`);
    this.selectForCase = db.prepare<[string], ExportRow>(
      `SELECT e.id, e.created_at, e.author, e.conference_type, e.date_from, e.date_to, e.formats_json, e.audience,
              e.recipient, e.purpose, e.encrypted, e.files_json
         FROM export_children c JOIN exports e ON e.id = c.export_id
        WHERE c.case_id = ?
        ORDER BY e.created_at DESC, e.id DESC`,
    );
    this.selectChildren = db.prepare<[string], { case_id: string; child_name: string }>(
      `SELECT case_id, child_name FROM export_children WHERE export_id = ? ORDER BY child_name COLLATE NOCASE, case_id`,
    );
    // The export and its children are one fact: both rows or neither.
    this.recordAll = db.transaction((row: NewExportRecord) => {
      this.insertExport.run({
        id: row.id,
        createdAt: row.createdAt,
        author: row.author,
        packId: row.packId,
        conferenceType: row.conferenceType,
        from: row.from,
        to: row.to,
        formatsJson: JSON.stringify(row.formats),
        audience: row.audience,
        recipient: row.recipient,
        purpose: row.purpose,
        encrypted: row.encrypted ? 1 : 0,
        filesJson: JSON.stringify(row.files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes }))),
      });
      for (const child of row.children) this.insertChild.run(row.id, child.caseId, child.childName);
    });
  }

  record(row: NewExportRecord): void {
    this.recordAll(row);
  }

  /** Every export that included this child, newest first. */
  listForCase(caseId: string): ExportRecord[] {
    return this.selectForCase.all(caseId).map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      author: row.author,
      children: this.selectChildren.all(row.id).map((c) => ({ caseId: c.case_id, childName: c.child_name })),
      from: row.date_from,
      to: row.date_to,
      conferenceType: row.conference_type,
      formats: JSON.parse(row.formats_json) as ExportFormat[],
      audience: row.audience,
      recipient: row.recipient,
      purpose: row.purpose,
      encrypted: row.encrypted === 1,
      files: JSON.parse(row.files_json) as ExportedFile[],
    }));
  }
}
