/**
 * Finds records by name (children's cases, people), partially and forgivingly:
 *  - words of 3+ characters match anywhere in the indexed columns (trigram index: "mira" → "Amira");
 *  - 1–2 character words match the start of a word ("al" → "Alfie Smith", "Sam Allen");
 *  - if nothing matches, names within a typing slip or two ("Amria" → "Amira") are offered.
 * Short and misspelt words are compared with the distinct words of all names, kept in memory until a
 * record changes (a version counter in search_state): a caseload has far fewer distinct name words
 * than notes.
 */
import type { StoreDatabase } from '../store/open-store';
import { allowedSlips, withinEditDistance } from './edit-distance';
import { fold, quoted, type QueryTerms } from './query-terms';

const TRIGRAM = 3;
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** Where one kind of named record lives. Identifiers here are constants of our own, never input. */
export interface NameIndex {
  table: string;
  fts: string;
  /** The column shown and ranked by (and the only one offered near misses: a reference is a code to
   *  copy, not a word to misspell). */
  nameColumn: string;
  /** Further indexed columns, matched but not ranked (case reference; role and agency). */
  otherColumns: readonly string[];
  /** search_state column that changes whenever a record of this kind changes. */
  versionColumn: string;
}

interface NameRow {
  rowid: number;
  id: string;
  name: string;
}

/** Each distinct folded word → the records that have it: of all indexed columns, and of names alone. */
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

export class NameSearch {
  private readonly version;
  private readonly allRows;
  private readonly byRowid;
  private readonly trigram;
  private cache: NameWords | null = null;

  constructor(db: StoreDatabase, index: NameIndex) {
    const { table, fts, nameColumn, otherColumns, versionColumn } = index;
    const others = otherColumns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || ") || "''";
    this.version = db.prepare<[], number>(`SELECT ${versionColumn} FROM search_state`).pluck();
    this.allRows = db.prepare<[], { rowid: number; name: string; others: string }>(
      `SELECT rowid, ${nameColumn} AS name, ${others} AS others FROM ${table}`,
    );
    this.byRowid = db.prepare<[string], NameRow>(
      `SELECT rowid, id, ${nameColumn} AS name FROM ${table} WHERE rowid IN (SELECT value FROM json_each(?))`,
    );
    this.trigram = db.prepare<[string], NameRow>(
      `SELECT t.rowid, t.id, t.${nameColumn} AS name FROM ${fts} JOIN ${table} t ON t.rowid = ${fts}.rowid WHERE ${fts} MATCH ?`,
    );
  }

  /** Ids of the best matches, best first. */
  search({ words }: QueryTerms, limit: number): string[] {
    if (words.length === 0) return [];
    const long = words.filter((w) => [...w].length >= TRIGRAM);
    const short = words.filter((w) => [...w].length < TRIGRAM);
    let rows: NameRow[];
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
    return rankByName(rows, words)
      .slice(0, limit)
      .map((r) => r.id);
  }

  /** Every word within its allowed slips of a word of a name, or of the start of one (still typing). */
  private nearMisses(words: readonly string[]): NameRow[] {
    if (!words.some((w) => allowedSlips(w) > 0)) return [];
    const near = (own: string, w: string) => {
      const slips = allowedSlips(w);
      return own.startsWith(w) || (slips > 0 && (withinEditDistance(w, own, slips) || withinEditDistance(w, own.slice(0, w.length), slips)));
    };
    return this.rowsOf(this.rowidsWithWords(words, near, 'names'));
  }

  /** Records having, for each query word, some word that `matches` it. */
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

  private rowsOf(rowids: Set<number>): NameRow[] {
    return rowids.size === 0 ? [] : this.byRowid.all(JSON.stringify([...rowids]));
  }

  private nameWords(): NameWords {
    const version = this.version.get() ?? 0;
    if (this.cache?.version === version) return this.cache;
    const words = new Map<string, number[]>();
    const names = new Map<string, number[]>();
    for (const row of this.allRows.all()) {
      addWords(words, `${row.name} ${row.others}`, row.rowid);
      addWords(names, row.name, row.rowid);
    }
    this.cache = { version, words, names };
    return this.cache;
  }
}

/** Names that start with the first word typed, then names with a word starting with any, then the rest; A–Z within each. */
function rankByName(rows: readonly NameRow[], words: readonly string[]): NameRow[] {
  const first = words[0]!;
  const tier = (row: NameRow) => {
    const name = fold(row.name);
    if (name.startsWith(first)) return 0;
    return (name.match(WORD) ?? []).some((w) => words.some((q) => w.startsWith(q))) ? 1 : 2;
  };
  return rows
    .map((row) => ({ row, tier: tier(row) }))
    .sort((a, b) => a.tier - b.tier || a.row.name.localeCompare(b.row.name, 'en-GB'))
    .map((r) => r.row);
}
