/**
 * Runs one store size: a plaintext and an encrypted store side by side, measured in alternating blocks
 * (plain, encrypted, encrypted, plain, ...) so that disk and CPU jitter on a shared machine falls on both
 * alike instead of on whichever happened to run second.
 */
import { WAL_GUARD_PAGES } from '../main/store/connection-pragmas';
import { BenchStore, type Mode } from './bench-store';
import { measureSearch, type SearchSizeResult } from './search-bench';
import { summarise, timeMs, type Summary } from './stats';

export interface SizeResult {
  mode: Mode;
  notes: number;
  fillSeconds: number;
  fileMiB: number;
  save: Summary;
  listFirst50: Summary;
  listFull: Summary;
  listFullRows: number;
  /** For comparison: the full page again with SQLite's default 2 MiB page cache (the app sets 64 MiB). */
  listFullDefaultCache: Summary;
  /** Search latency, when the plan asks for it. */
  search: SearchSizeResult | null;
  /** Comparator: saves with SQLite's default WAL auto-checkpoint (1,000 pages, inside the commit). */
  saveCheckpointInCommit: Summary;
}

export interface SizePlan {
  notes: number;
  heavyCaseNotes: number;
  otherCases: number;
  saveBlocks: number;
  savesPerBlock: number;
  listFirstRuns: number;
  listFullRuns: number;
  /** Alternating rounds of the search queries (0: search is not measured at this size). */
  searchRounds: number;
}

const WARM_UP = 20;
const SQLITE_DEFAULT_CACHE_KIB = 2_000;
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;

/** Calls fn on each store in turn, reversing the order every round (ABBA). */
function alternate(stores: readonly BenchStore[], rounds: number, fn: (store: BenchStore, samples: number[]) => void) {
  const samples = new Map(stores.map((s) => [s, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? stores : [...stores].reverse();
    for (const store of order) fn(store, samples.get(store)!);
  }
  return samples;
}

export function runSize(plan: SizePlan, log: (line: string) => void): SizeResult[] {
  const stores: BenchStore[] = [];
  try {
    for (const mode of ['plaintext', 'encrypted'] as const) {
      log(`filling ${plan.notes.toLocaleString('en-GB')} notes, ${mode}`);
      stores.push(new BenchStore(mode, plan.notes, plan));
    }
    for (const store of stores) for (let i = 0; i < WARM_UP; i++) store.saveOne();
    // As the app runs: the WAL is copied back in quiet moments (session/idle-checkpoint.ts), here
    // between blocks of saves, never inside one. A block is longer than anyone types between pauses.
    log('measuring saves');
    const saves = alternate(stores, plan.saveBlocks, (store, out) => {
      for (let i = 0; i < plan.savesPerBlock; i++) out.push(timeMs(() => store.saveOne()));
      store.checkpoint();
    });
    // Comparator: SQLite's default, which checkpoints inside whichever commit fills the WAL to 1,000
    // pages, so that save pays for copying the pages back.
    log('measuring saves with SQLite\'s default checkpoint (comparator)');
    for (const store of stores) store.setAutoCheckpoint(SQLITE_DEFAULT_AUTOCHECKPOINT);
    const inCommit = alternate(stores, plan.saveBlocks, (store, out) => {
      for (let i = 0; i < plan.savesPerBlock; i++) out.push(timeMs(() => store.saveOne()));
    });
    for (const store of stores) store.setAutoCheckpoint(WAL_GUARD_PAGES);
    log('measuring lists');
    for (const store of stores) for (let i = 0; i < 5; i++) store.listFirst(50);
    const first = alternate(stores, 10, (store, out) => {
      for (let i = 0; i < plan.listFirstRuns / 10; i++) out.push(timeMs(() => store.listFirst(50)));
    });
    let rows = 0;
    const full = alternate(stores, 4, (store, out) => {
      for (let i = 0; i < plan.listFullRuns / 4; i++) out.push(timeMs(() => (rows = store.listFullPage())));
    });
    // Search runs with the app's page cache, so before the default-cache comparison below.
    const search = plan.searchRounds > 0 ? measureSearch(stores, plan.searchRounds, log) : null;
    for (const store of stores) store.setCacheKiB(SQLITE_DEFAULT_CACHE_KIB);
    for (const store of stores) store.listFullPage();
    const defaultCache = alternate(stores, 4, (store, out) => {
      for (let i = 0; i < plan.listFullRuns / 4; i++) out.push(timeMs(() => store.listFullPage()));
    });
    return stores.map((store) => ({
      mode: store.mode,
      notes: plan.notes,
      fillSeconds: store.fillSeconds,
      fileMiB: store.close().fileMiB,
      save: summarise(saves.get(store)!),
      listFirst50: summarise(first.get(store)!),
      listFull: summarise(full.get(store)!),
      listFullRows: rows,
      listFullDefaultCache: summarise(defaultCache.get(store)!),
      search: search?.find((r) => r.mode === store.mode) ?? null,
      saveCheckpointInCommit: summarise(inCommit.get(store)!),
    }));
  } finally {
    for (const store of stores) store.dispose();
  }
}
