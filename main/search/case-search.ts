/**
 * Finds children's cases by name or case reference, partially and forgivingly:
 *  - words of 3+ characters match anywhere in the name or reference (trigram index: "mira" → "Amira");
 *  - 1–2 character words match the start of a word ("al" → "Alfie Smith", "Sam Allen");
 *  - if nothing matches, names within a typing slip or two ("Amria" → "Amira") are offered.
 * Short and misspelt words are compared with the distinct words of all names, kept in memory until a
 * case changes (search_state.cases_version): a caseload has far fewer distinct name words than notes.
 */
import type { SearchCaseHit } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { allowedSlips, withinEditDistance } from './edit-distance';
import { fold, quoted, type QueryTerms } from './query-terms';

const TRIGRAM = 3;
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

interface CaseRow {
  rowid: number;
  id: string;
  child_name: string;
  case_reference: string | null;
  date_of_birth: string | null;
}

/** Each distinct folded word → the cases that have it: of names and references, and of names alone. */
interface NameWords {
  version: number;
  words: Map<string, number[]>;
  names: Map<string, number[]>;
}

function addWords(index: Map<string, number[]>, text: string, rowid: number): void {
  for (const [word] of fold(text).matchAll(WORD)) {
    const list = index.get(word);
    if (!list) index.set(word, [rowid]);
    else if (list.at(-1) !== rowid) list.push(rowid);
  }
}

function toHit(row: CaseRow): SearchCaseHit {
  return { caseId: row.id, childName: row.child_name, caseReference: row.case_reference, dateOfBirth: row.date_of_birth };
}

export class CaseSearch {
  private readonly version;
  private readonly allRows;
  private readonly byRowid;
  private readonly trigram;
  private cache: NameWords | null = null;

  constructor(db: StoreDatabase) {
    this.version = db.prepare<[], number>('SELECT cases_version FROM search_state').pluck();
    this.allRows = db.prepare<[], Pick<CaseRow, 'rowid' | 'child_name' | 'case_reference'>>('SELECT rowid, child_name, case_reference FROM cases');
    this.byRowid = db.prepare<[string], CaseRow>(
      'SELECT rowid, id, child_name, case_reference, date_of_birth FROM cases WHERE rowid IN (SELECT value FROM json_each(?))',
    );
    this.trigram = db.prepare<[string], CaseRow>(
      `SELECT c.rowid, c.id, c.child_name, c.case_reference, c.date_of_birth
         FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
        WHERE cases_fts MATCH ?`,
    );
  }

  search({ words }: QueryTerms, limit: number): SearchCaseHit[] {
    if (words.length === 0) return [];
    const long = words.filter((w) => [...w].length >= TRIGRAM);
    const short = words.filter((w) => [...w].length < TRIGRAM);
    let rows: CaseRow[];
    if (long.length > 0) {
      rows = this.trigram.all(long.map(quoted).join(' AND '));
      if (short.length > 0) {
        const allowed = this.rowidsWithWords(short, (own, w) => own.startsWith(w));
        rows = rows.filter((r) => allowed.has(r.rowid));
      }
    } else {
      rows = this.rowsOf(this.rowidsWithWords(short, (own, w) => own.startsWith(w)));
    }
    if (rows.length === 0) rows = this.nearMisses(words);
    return rankByName(rows, words).slice(0, limit).map(toHit);
  }

  /**
   * Every word within its allowed slips of a word of a child's name, or of the start of one (still
   * typing). Names only: a reference is a code to copy, not a word to misspell, and comparing with
   * every reference number would cost more than the rest of the search.
   */
  private nearMisses(words: readonly string[]): CaseRow[] {
    if (!words.some((w) => allowedSlips(w) > 0)) return [];
    const near = (own: string, w: string) => {
      const slips = allowedSlips(w);
      return own.startsWith(w) || (slips > 0 && (withinEditDistance(w, own, slips) || withinEditDistance(w, own.slice(0, w.length), slips)));
    };
    return this.rowsOf(this.rowidsWithWords(words, near, 'names'));
  }

  /** Cases having, for each query word, some name word that `matches` it. */
  private rowidsWithWords(words: readonly string[], matches: (own: string, word: string) => boolean, from: 'all' | 'names' = 'all'): Set<number> {
    const index = from === 'names' ? this.nameWords().names : this.nameWords().words;
    const perWord = words.map((word) => {
      const these = new Set<number>();
      for (const [own, rowids] of index) if (matches(own, word)) for (const r of rowids) these.add(r);
      return these;
    });
    const [first, ...rest] = perWord;
    return new Set([...(first ?? [])].filter((r) => rest.every((set) => set.has(r))));
  }

  private rowsOf(rowids: Set<number>): CaseRow[] {
    return rowids.size === 0 ? [] : this.byRowid.all(JSON.stringify([...rowids]));
  }

  private nameWords(): NameWords {
    const version = this.version.get() ?? 0;
    if (this.cache?.version === version) return this.cache;
    const words = new Map<string, number[]>();
    const names = new Map<string, number[]>();
    for (const row of this.allRows.all()) {
      addWords(words, `${row.child_name} ${row.case_reference ?? ''}`, row.rowid);
      addWords(names, row.child_name, row.rowid);
    }
    this.cache = { version, words, names };
    return this.cache;
  }
}

/** Names that start with the first word typed, then names with a word starting with any, then the rest; A–Z within each. */
function rankByName(rows: readonly CaseRow[], words: readonly string[]): CaseRow[] {
  const first = words[0]!;
  const tier = (row: CaseRow) => {
    const name = fold(row.child_name);
    if (name.startsWith(first)) return 0;
    return (name.match(WORD) ?? []).some((w) => words.some((q) => w.startsWith(q))) ? 1 : 2;
  };
  return rows
    .map((row) => ({ row, tier: tier(row) }))
    .sort((a, b) => a.tier - b.tier || a.row.child_name.localeCompare(b.row.child_name, 'en-GB'))
    .map((r) => r.row);
}
