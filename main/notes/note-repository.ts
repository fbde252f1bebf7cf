/**
 * Finalised notes. The id comes from the writer (UUIDv7), so finalising is idempotent: a retry whose
 * acknowledgement was lost returns the note already stored instead of writing a second one. A
 * finalised note is never edited in place: an amendment writes a new version with a reason.
 */
import type { Note, NoteStructure, NoteVersion } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { AppError } from '../shared/app-error';
import { structureOf } from '../../preload/contract/note-structure';
import { templateLinkCheck, type TemplateLinkCheck } from '../templates/template-link-check';
import { NOTE_COLUMNS, toNote, type NoteRow } from './note-rows';

export interface TimelineFilter {
  contactType?: string | null;
  significantOnly?: boolean;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

const NOT_FOUND = () => new AppError('NOT_FOUND', 'That note could not be found.');

export class NoteRepository {
  private readonly selectById;
  private readonly selectInbox;
  private readonly caseExists;
  private readonly personExists;
  private readonly insertPersonLink;
  private readonly deletePersonLinks;
  private readonly insertNote;
  private readonly insertLink;
  private readonly deleteLinks;
  private readonly insertVersion;
  private readonly updateNote;
  private readonly deleteDraft;
  private readonly selectVersions;
  private readonly requireTemplate: TemplateLinkCheck;

  constructor(private readonly db: StoreDatabase) {
    this.selectById = db.prepare<[string], NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes n WHERE n.id = ?`);
    this.selectInbox = db.prepare<[], NoteRow>(
      `SELECT ${NOTE_COLUMNS} FROM notes n WHERE n.in_inbox = 1 ORDER BY n.occurred_at DESC, n.id DESC`,
    );
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
    this.personExists = db.prepare<[string], number>('SELECT 1 FROM people WHERE id = ?').pluck();
    this.insertPersonLink = db.prepare('INSERT INTO note_people (note_id, person_id) VALUES (?, ?)');
    this.deletePersonLinks = db.prepare('DELETE FROM note_people WHERE note_id = ?');
    this.insertNote = db.prepare(
      `INSERT INTO notes (id, body, version, contact_at, contact_has_time, contact_type, significant, voice_json,
                          occurred_at, in_inbox, template_id, template_version, created_at, updated_at)
       VALUES (@id, @body, 1, @contactAt, @contactHasTime, @contactType, @significant, @voice,
               @occurredAt, @inInbox, @templateId, @templateVersion, @now, @now)`,
    );
    this.updateNote = db.prepare(
      `UPDATE notes SET body = @body, version = @version, contact_at = @contactAt, contact_has_time = @contactHasTime,
              contact_type = @contactType, significant = @significant, voice_json = @voice,
              occurred_at = @occurredAt, in_inbox = @inInbox, template_id = @templateId,
              template_version = @templateVersion, updated_at = @now
        WHERE id = @id`,
    );
    this.insertLink = db.prepare(
      `INSERT INTO note_links (note_id, case_id, occurred_at, seen, not_seen_reason, bedroom_seen)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.deleteLinks = db.prepare('DELETE FROM note_links WHERE note_id = ?');
    this.insertVersion = db.prepare(
      `INSERT INTO note_versions (note_id, version, body, structure_json, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.deleteDraft = db.prepare('DELETE FROM drafts WHERE id = ?');
    this.requireTemplate = templateLinkCheck(db);
    this.selectVersions = db.prepare<[string], { version: number; body: string; reason: string | null; created_at: string }>(
      'SELECT version, body, reason, created_at FROM note_versions WHERE note_id = ? ORDER BY version',
    );
  }

  exists(noteId: string): boolean {
    return this.selectById.get(noteId) !== undefined;
  }

  get(noteId: string): Note {
    const row = this.selectById.get(noteId);
    if (!row) throw NOT_FOUND();
    return toNote(row);
  }

  /** Finalises a note, removing its draft in the same transaction. */
  save(id: string, body: string, structure: NoteStructure, now: Date): Note {
    return this.db.transaction((): Note => {
      const existing = this.selectById.get(id);
      if (existing) {
        if (existing.body === body && existing.version === 1) {
          this.deleteDraft.run(id);
          return toNote(existing);
        }
        throw new AppError('CONFLICT', 'A different note with this id already exists. Nothing was overwritten.');
      }
      this.requireLinked(structure);
      const at = now.toISOString();
      const fields = this.fieldsOf(id, body, structure, at);
      this.insertNote.run({ ...fields, now: at });
      this.writeLinks(id, structure, fields.occurredAt);
      this.insertVersion.run(id, 1, body, JSON.stringify(structure), null, at);
      this.deleteDraft.run(id);
      return this.get(id);
    }).immediate();
  }

  /** A correction: the new text and structure become version n+1; every earlier version is kept. */
  amend(noteId: string, body: string, reason: string, structure: NoteStructure, now: Date): Note {
    return this.db.transaction((): Note => {
      const current = this.get(noteId);
      if (current.body === body && JSON.stringify(structureOf(current)) === JSON.stringify(structure)) {
        throw new AppError('INVALID_REQUEST', 'The amendment does not change anything.', { field: 'body' });
      }
      this.requireLinked(structure);
      const at = now.toISOString();
      const version = current.version + 1;
      const fields = this.fieldsOf(noteId, body, structure, current.createdAt);
      this.updateNote.run({ ...fields, version, now: at });
      this.deleteLinks.run(noteId);
      this.deletePersonLinks.run(noteId);
      this.writeLinks(noteId, structure, fields.occurredAt);
      this.insertVersion.run(noteId, version, body, JSON.stringify(structure), reason, at);
      return this.get(noteId);
    }).immediate();
  }

  history(noteId: string): NoteVersion[] {
    const rows = this.selectVersions.all(noteId);
    if (rows.length === 0) throw NOT_FOUND();
    return rows.map((r) => ({ version: r.version, body: r.body, reason: r.reason, createdAt: r.created_at }));
  }

  /** A child's timeline, newest first. The limit keeps one enormous case from stalling the screen. */
  listForCase(caseId: string, filter: TimelineFilter = {}, limit = 20_000): Note[] {
    const where = ['l.case_id = @caseId'];
    if (filter.contactType) where.push('n.contact_type = @contactType');
    if (filter.significantOnly) where.push('n.significant = 1');
    if (filter.from) where.push('l.occurred_at >= @from');
    if (filter.to) where.push("l.occurred_at < date(@to, '+1 day')");
    const sql = `SELECT ${NOTE_COLUMNS} FROM note_links l JOIN notes n ON n.id = l.note_id
                 WHERE ${where.join(' AND ')} ORDER BY l.occurred_at DESC, l.note_id DESC LIMIT @limit`;
    const rows = this.db.prepare<[Record<string, unknown>], NoteRow>(sql).all({ caseId, ...filter, limit });
    return rows.map(toNote);
  }

  listInbox(): Note[] {
    return this.selectInbox.all().map(toNote);
  }

  /** Files an inbox note to children's cases. Filing says who the note is about; the text is untouched. */
  file(noteId: string, caseIds: readonly string[]): Note {
    return this.db.transaction((): Note => {
      const note = this.get(noteId);
      if (note.children.length > 0) throw new AppError('CONFLICT', 'That note is already filed. Amend it to change its children.');
      const structure = { ...structureOf(note), children: caseIds.map((caseId) => ({ caseId, seen: null, notSeenReason: null, bedroomSeen: null })) };
      this.requireLinked(structure);
      this.writeChildLinks(noteId, structure, note.occurredAt);
      this.db.prepare('UPDATE notes SET in_inbox = 0 WHERE id = ?').run(noteId);
      return this.get(noteId);
    }).immediate();
  }

  private fieldsOf(id: string, body: string, s: NoteStructure, writtenAt: string) {
    return {
      id,
      body,
      contactAt: s.contactAt,
      contactHasTime: s.contactHasTime ? 1 : 0,
      contactType: s.contactType,
      significant: s.significant ? 1 : 0,
      voice: JSON.stringify(s.voice),
      occurredAt: s.contactAt ? new Date(s.contactAt).toISOString() : writtenAt,
      inInbox: s.children.length === 0 ? 1 : 0,
      templateId: s.template?.id ?? null,
      templateVersion: s.template?.version ?? null,
    };
  }

  private writeLinks(noteId: string, s: NoteStructure, occurredAt: string): void {
    this.writeChildLinks(noteId, s, occurredAt);
    for (const personId of s.people) this.insertPersonLink.run(noteId, personId);
  }

  private writeChildLinks(noteId: string, s: NoteStructure, occurredAt: string): void {
    for (const child of s.children) {
      const bedroom = child.bedroomSeen === null ? null : child.bedroomSeen ? 1 : 0;
      this.insertLink.run(noteId, child.caseId, occurredAt, child.seen, child.notSeenReason, bedroom);
    }
  }

  private requireLinked(s: NoteStructure): void {
    for (const child of s.children) {
      if (!this.caseExists.get(child.caseId)) throw new AppError('NOT_FOUND', 'A linked case could not be found.');
    }
    for (const personId of s.people) {
      if (!this.personExists.get(personId)) throw new AppError('NOT_FOUND', 'A linked person could not be found.');
    }
    if (s.template) this.requireTemplate(s.template.id, s.template.version);
  }
}
