/**
 * One store under test (encrypted or plaintext) in its own temp folder, filled to N notes through the
 * app's repositories (so the search index is kept by the app's own triggers), with the operations the
 * benchmark times: a single durable save, newest-first lists of one large case, and a search.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { AuditLog } from '../main/audit/audit-log';
import { CaseRepository } from '../main/cases/case-repository';
import { createRng, type Rng } from '../main/demo/prng';
import { NoteRepository } from '../main/notes/note-repository';
import { SearchRepository, type SearchRequest } from '../main/search/search-repository';
import { PersonRepository } from '../main/people/person-repository';
import { openEncryptedStore, type StoreDatabase } from '../main/store/open-store';
import { childName } from './child-names';
import { createNoteText } from './note-text';
import { openPlaintextStore } from './open-plaintext-store';
import { timeMs } from './stats';

/** A note about one child and nothing else said: the plainest quick note. */
const UNSTRUCTURED = { contactAt: null, contactHasTime: false, contactType: null as string | null, significant: false, voice: [], people: [], template: null };

export type Mode = 'encrypted' | 'plaintext';

export interface FillOptions {
  notes: number;
  /** Notes on the one large case that is listed, spread evenly through the fill like a long-running case. */
  heavyCaseNotes: number;
  otherCases: number;
}

const FILL_BATCH = 5_000;
const YEAR_MS = 365 * 86_400_000;

export class BenchStore {
  readonly fillSeconds: number;
  private readonly dir: string;
  private readonly file: string;
  private readonly db: StoreDatabase;
  private readonly notes: NoteRepository;
  private readonly audit: AuditLog;
  private readonly searcher: SearchRepository;
  private readonly rng: Rng;
  private readonly text: (childFirstName?: string) => string;
  private readonly firstNames = new Map<string, string>();
  private heavy = '';
  private others: string[] = [];
  private lastFilled = 0;

  constructor(
    readonly mode: Mode,
    readonly size: number,
    fill: FillOptions,
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-bench-'));
    this.file = path.join(this.dir, 'store.db');
    // Same seeds for both modes: same text, ids and cases, so only the cipher differs.
    this.rng = createRng(fill.notes);
    this.text = createNoteText(fill.notes);
    this.db =
      mode === 'encrypted'
        ? openEncryptedStore(this.file, crypto.randomBytes(32), { create: true })
        : openPlaintextStore(this.file);
    this.notes = new NoteRepository(this.db);
    this.audit = new AuditLog(this.db, 'Bench', () => new Date());
    this.searcher = new SearchRepository(this.db, new PersonRepository(this.db));
    try {
      this.fillSeconds = timeMs(() => this.fill(fill)) / 1000;
    } catch (error) {
      this.dispose();
      throw error;
    }
  }

  /** The fill goes through NoteRepository.save too (same statements and checks), many per transaction:
   * a save inside an open transaction becomes a savepoint, so only the commit count differs. */
  private fill({ notes: total, heavyCaseNotes, otherCases }: FillOptions): void {
    const cases = new CaseRepository(this.db);
    const start = Date.now() - 5 * YEAR_MS;
    const newCase = (i: number) => {
      const name = childName(i);
      const id = cases.create({ childName: name.full, dateOfBirth: null, caseReference: `BR-${100_000 + i}` }, new Date(start)).id;
      this.firstNames.set(id, name.first);
      return id;
    };
    this.heavy = newCase(0);
    this.others = Array.from({ length: otherCases }, (_, i) => newCase(i + 1));
    const step = (4.5 * YEAR_MS) / total;
    this.lastFilled = start + (total - 1) * step;
    for (let from = 0; from < total; from += FILL_BATCH) {
      this.db.transaction(() => {
        for (let i = from; i < Math.min(total, from + FILL_BATCH); i++) {
          const isHeavy = Math.floor(((i + 1) * heavyCaseNotes) / total) > Math.floor((i * heavyCaseNotes) / total);
          // A third of the filled notes are home visits, so the search bench can filter by type.
          this.saveAt(start + i * step, isHeavy ? this.heavy : this.rng.pick(this.others), this.rng.chance(1 / 3) ? 'home-visit' : null);
        }
      })();
    }
    // Measurements start with an empty WAL, the same for both modes.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  private saveAt(at: number, caseId: string, contactType: string | null = null): string {
    const msecs = Math.floor(at);
    const structure = { ...UNSTRUCTURED, contactType, children: [{ caseId, seen: null, notSeenReason: null, bedroomSeen: null }] };
    const id = uuidv7({ msecs, random: this.rng.bytes(16) });
    this.notes.save(id, this.text(this.firstNames.get(caseId)), structure, new Date(msecs));
    return id;
  }

  /** When the last filled note happened (ms): the fill spans 4½ years up to half a year ago. */
  get lastFilledAt(): number {
    return this.lastFilled;
  }

  /** The case with many notes (for searches within one child's record). */
  get heavyCaseId(): string {
    return this.heavy;
  }

  /** SearchRepository.search, as the search channel runs it. Returns the number of hits. */
  search(request: SearchRequest): number {
    const found = this.searcher.search(request);
    return found.cases.length + found.notes.length;
  }

  /** One note and its audit entry, one durable transaction (WAL, synchronous=FULL), as the saveNote handler does. */
  saveOne(): void {
    this.db.transaction(() => {
      const caseId = this.rng.pick(this.others);
      const noteId = this.saveAt(Date.now(), caseId);
      this.audit.record({ action: 'note-created', cases: [caseId], detail: { noteId } });
    })();
  }

  listFirst(limit: number): number {
    return this.notes.listForCase(this.heavy, {}, limit).length;
  }

  /** listForCase without a limit of our own: the case's whole timeline (5,000 notes). */
  listFullPage(): number {
    return this.notes.listForCase(this.heavy).length;
  }

  /** For the comparator: SQLite's default checkpoints inside the commit that fills 1,000 pages. */
  setAutoCheckpoint(pages: number): void {
    this.db.pragma(`wal_autocheckpoint = ${pages}`);
  }

  /** A PASSIVE checkpoint, as the app's idle checkpoint runs it (never waits for readers). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  setCacheKiB(kib: number): void {
    this.db.pragma(`cache_size = -${kib}`);
  }

  /** Closes, checks the file really is (or is not) encrypted, and returns its size; removes the folder. */
  close(): { fileMiB: number } {
    try {
      this.db.close();
      const header = Buffer.alloc(16);
      const fd = fs.openSync(this.file, 'r');
      try {
        fs.readSync(fd, header, 0, 16, 0);
      } finally {
        fs.closeSync(fd);
      }
      // Guards the comparison itself: a plaintext SQLite header on the "encrypted" store would make it meaningless.
      if ((header.toString('latin1') === 'SQLite format 3\0') !== (this.mode === 'plaintext')) {
        throw new Error(`The ${this.mode} store file has the wrong format`);
      }
      return { fileMiB: fs.statSync(this.file).size / 2 ** 20 };
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    if (this.db.open) this.db.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
