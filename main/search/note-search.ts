/**
 * Ranked note search over notes_fts (migration 0003), with a cost bounded whatever the words:
 *  1. candidates — FTS5 walks the matches newest first (its rowid is a time key: occurred_at) and
 *     stops after RANKED_CANDIDATES, returning each with its text. A rarer query has fewer matches
 *     and all of them are ranked; for common words, the most recent RANKED_CANDIDATES are.
 *  2. ranking — BM25 over those candidates (relevance.ts), ties newest first.
 *  3. the best `limit` get their children and a snippet of the text (snippet.ts).
 * Date filters are rowid ranges; case and type filters are more FTS5 terms, on search_meta.
 * Keys are bound as BigInt: better-sqlite3 binds a JS number as a REAL, and FTS5 then cannot use the
 * rowid constraint and scans every match (measured: 0.1 ms → 6 s for one snippet at 1 M notes).
 */
import type { SearchNoteHit } from '../../preload/contract';
import type { StoreDatabase } from '../store/open-store';
import { metaToken, quoted, type QueryTerms } from './query-terms';
import { inverseDocumentFrequency, scores, type RankedWord } from './relevance';
import { buildSnippet } from './snippet';
import { WordExpansion } from './word-expansion';

/** How many of the most recent matches are ranked. Measured: docs/benchmarks.md ("Search"). */
export const RANKED_CANDIDATES = 1_000;

/** occurred_at in whole seconds × 1,024 (+ a sequence number): the rowid of notes_fts. */
const KEY_SCALE = 1_024n;
const LOWEST_KEY = -(2n ** 63n);
const HIGHEST_KEY = 2n ** 63n - 1n;

export interface NoteFilter {
  caseId?: string;
  contactType?: string;
  /** Inclusive calendar days (YYYY-MM-DD), on occurred_at in UTC, as the timeline filters. */
  from?: string;
  to?: string;
}

interface DetailRow {
  key: bigint;
  id: string;
  occurred_at: string;
  contact_type: string | null;
  significant: number;
  children_json: string;
}

/** The first key of a UTC calendar day. */
function dayKey(isoDate: string, plusDays = 0): bigint {
  return (BigInt(Date.parse(`${isoDate}T00:00:00.000Z`) / 1000) + BigInt(plusDays * 86_400)) * KEY_SCALE;
}

export class NoteSearch {
  private readonly expansion: WordExpansion;
  private readonly candidates;
  private readonly probe;
  private readonly keySpan;
  private readonly details;

  constructor(db: StoreDatabase) {
    this.expansion = new WordExpansion(db);
    // FTS5 consumes ORDER BY rowid DESC and the range itself: no sort, and it stops at the LIMIT.
    this.candidates = db
      .prepare<{ expr: string; lo: bigint; hi: bigint; cap: number }, { key: bigint; body: string }>(
        `SELECT f.rowid AS key, n.body FROM notes_fts f JOIN notes n ON n.search_key = f.rowid
          WHERE notes_fts MATCH @expr AND f.rowid BETWEEN @lo AND @hi
          ORDER BY f.rowid DESC LIMIT @cap`,
      )
      .safeIntegers(true);
    // How many of a word's newest `cap` matches there are, and the oldest key among them.
    this.probe = db
      .prepare<{ expr: string; cap: number }, { matches: bigint; oldest: bigint | null }>(
        `SELECT count(*) AS matches, min(key) AS oldest
           FROM (SELECT rowid AS key FROM notes_fts WHERE notes_fts MATCH @expr ORDER BY rowid DESC LIMIT @cap)`,
      )
      .safeIntegers(true);
    // Notes are never deleted, so the largest rowid is the number of notes (cheaper than count(*)).
    // One aggregate per subquery: SQLite answers a lone min()/max() from the index, but several in
    // one SELECT scan the table (~100 ms at 1 M notes).
    this.keySpan = db
      .prepare<[], { notes: bigint; lo: bigint; hi: bigint }>(
        `SELECT (SELECT max(rowid) FROM notes) AS notes, (SELECT min(search_key) FROM notes) AS lo,
                (SELECT max(search_key) FROM notes) AS hi`,
      )
      .safeIntegers(true);
    // The chosen notes' details in one statement (keys as a JSON array: JSON integers stay integers).
    this.details = db
      .prepare<[string], DetailRow>(
        `SELECT n.search_key AS key, n.id, n.occurred_at, n.contact_type, n.significant,
                (SELECT json_group_array(json_object('caseId', l.case_id, 'childName', c.child_name))
                   FROM note_links l JOIN cases c ON c.id = l.case_id WHERE l.note_id = n.id) AS children_json
           FROM notes n WHERE n.search_key IN (SELECT value FROM json_each(?))`,
      )
      .safeIntegers(true);
  }

  search(terms: QueryTerms, filter: NoteFilter, limit: number): SearchNoteHit[] {
    const { words, prefixLast } = terms;
    if (words.length === 0) return [];
    const parts = words.map((w, i) => (i === words.length - 1 && prefixLast ? this.expansion.expand(w) : quoted(w)));
    const meta: string[] = [];
    if (filter.caseId) meta.push(metaToken('case', filter.caseId));
    if (filter.contactType) meta.push(metaToken('type', filter.contactType));
    const expr = `{body} : (${parts.join(' AND ')})${meta.map((t) => ` AND {search_meta} : ${quoted(t)}`).join('')}`;
    const lo = filter.from ? dayKey(filter.from) : LOWEST_KEY;
    const hi = filter.to ? dayKey(filter.to, 1) - 1n : HIGHEST_KEY;
    if (lo > hi) return [];

    const found = this.candidates.all({ expr, lo, hi, cap: RANKED_CANDIDATES });
    if (found.length === 0) return [];
    // With one word, rarity cannot change the order: skip the probe.
    const span = words.length > 1 ? this.keySpan.get() : undefined;
    const ranked: RankedWord[] = words.map((word, i) => ({
      word,
      prefix: i === words.length - 1 && prefixLast,
      idf: span ? this.idf(`{body} : ${parts[i]!}`, span) : 1,
    }));
    const score = scores(found.map((f) => f.body), ranked);
    const best = found
      .map((f, i) => ({ ...f, score: score[i]! }))
      .sort((a, b) => b.score - a.score || (b.key > a.key ? 1 : b.key < a.key ? -1 : 0))
      .slice(0, limit);
    const details = new Map(this.details.all(`[${best.map((b) => b.key).join(',')}]`).map((row) => [row.key, row]));
    return best.flatMap(({ key, body }) => {
      const row = details.get(key);
      return row ? [toHit(row, buildSnippet(body, ranked))] : [];
    });
  }

  /**
   * How rare a word is, from a probe that stops after RANKED_CANDIDATES matches: fewer matches are
   * counted exactly; more are estimated from how far back in time the newest RANKED_CANDIDATES reach
   * (notes are spread over time roughly evenly; the estimate only weighs words against each other).
   */
  private idf(wordExpr: string, span: { notes: bigint; lo: bigint; hi: bigint }): number {
    const notes = Number(span.notes);
    if (notes === 0) return 1;
    const probe = this.probe.get({ expr: wordExpr, cap: RANKED_CANDIDATES });
    const matches = Number(probe?.matches ?? 0n);
    if (!probe || probe.oldest === null || matches < RANKED_CANDIDATES) return inverseDocumentFrequency(notes, matches);
    const fraction = Number(span.hi - probe.oldest + 1n) / Number(span.hi - span.lo + 1n);
    return inverseDocumentFrequency(notes, Math.min(notes, RANKED_CANDIDATES / Math.max(fraction, 1e-9)));
  }
}

function toHit(row: DetailRow, snippet: string): SearchNoteHit {
  const children = (JSON.parse(row.children_json) as Array<{ caseId: string; childName: string }>).sort((a, b) =>
    a.childName.localeCompare(b.childName, 'en-GB'),
  );
  return {
    noteId: row.id,
    occurredAt: row.occurred_at,
    contactType: row.contact_type,
    significant: Number(row.significant) === 1,
    children,
    snippet,
  };
}
