/**
 * A full disk, simulated on the store itself: PRAGMA max_page_count caps how many pages the database
 * may have, so a write that needs one more page fails inside SQLite with SQLITE_FULL, exactly as
 * ENOSPC would surface. The cap counts the database's pages as SQLite sees them (in WAL mode that is
 * the size after the newest commit in the WAL, not the length of store.db), so the WAL's own room does
 * not let writes slip past it. It is per connection: re-applied on every open through onStoreOpened.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Envelope } from '../../../preload/contract';
import type { StoreDatabase } from '../../../main/store/open-store';
import type { TestCore } from '../support/temp-profiles';

export interface FullDisk {
  /** Pass to testCore: sees every store the core opens. */
  onStoreOpened(db: StoreDatabase): void;
  /** The open connection (the core's own). */
  db(): StoreDatabase;
  /** From now on (and on every later open) the store cannot grow past its present size. */
  fill(): void;
  /** Space freed: the store may grow again. */
  free(): void;
}

export function fullDisk(): FullDisk {
  let current: StoreDatabase | null = null;
  let cap: number | null = null;
  let uncapped = 0;
  const apply = (db: StoreDatabase) => {
    if (!uncapped) uncapped = db.pragma('max_page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${cap ?? uncapped}`);
  };
  return {
    onStoreOpened: (db) => {
      current = db;
      if (cap !== null) apply(db);
    },
    db: () => {
      if (!current?.open) throw new Error('no store is open');
      return current;
    },
    fill() {
      const db = this.db();
      cap = db.pragma('page_count', { simple: true }) as number;
      apply(db);
    },
    free() {
      cap = null;
      apply(this.db());
    },
  };
}

/**
 * Uses up the room left under the cap with throwaway drafts (large, then smaller, then small), so that
 * the next write needing a page really finds none. Returns the last refusal, which must be DISK_FULL.
 */
export async function useUpSpace(t: TestCore, caseId: string): Promise<Envelope<unknown>> {
  let refusal: Envelope<unknown> | null = null;
  for (const size of [16_000, 2_000, 200]) {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 2_000) throw new Error(`the store never filled up with ${size}-character drafts`);
      const answer = await t.core.dispatch('saveDraft', { id: uuidv7(), caseId, body: 'x'.repeat(size) });
      if (!answer.ok) {
        refusal = answer;
        break;
      }
    }
  }
  return refusal!;
}

export function integrityOf(db: StoreDatabase): string {
  return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
}
