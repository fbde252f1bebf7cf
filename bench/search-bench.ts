/**
 * Search latency: realistic queries against both stores of one size, measured in alternating rounds
 * (as compare.ts does for saves), through SearchRepository.search exactly as the search channel
 * calls it (cases and notes, snippets included). Each "as you type" sample is one keystroke's query.
 */
import type { BenchStore } from './bench-store';
import { tailWord } from './note-text';
import { summarise, timeMs, type Summary } from './stats';
import type { SearchRequest } from '../main/search/search-repository';

export interface SearchQueryResult {
  name: string;
  /** What was searched, for the table (never case data: the bench's made-up words and names). */
  shown: string;
  /** Hits the last run returned (cases + notes), to show each query found something. */
  hits: number;
  summary: Summary;
}

export interface SearchSizeResult {
  mode: BenchStore['mode'];
  notes: number;
  queries: SearchQueryResult[];
  /** Every sample of every query: the overall p50/p95. */
  all: Summary;
}

interface BenchQuery {
  name: string;
  shown: string;
  requests: (store: BenchStore) => SearchRequest[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The queries. Tail ranks: 3,000 ≈ 76 notes per million (rare); 300 ≈ 760 per million (uncommon). */
export const SEARCH_QUERIES: readonly BenchQuery[] = [
  { name: 'Rare word', shown: tailWord(3_000), requests: () => [{ query: tailWord(3_000) }] },
  { name: 'Uncommon word', shown: tailWord(300), requests: () => [{ query: tailWord(300) }] },
  { name: 'Common word (~40 % of notes)', shown: 'school', requests: () => [{ query: 'school' }] },
  { name: 'The commonest word (~all notes)', shown: 'the', requests: () => [{ query: 'the' }] },
  { name: "A child's first name (cases + notes)", shown: 'Amira', requests: () => [{ query: 'Amira' }] },
  { name: 'Two words', shown: 'school attendance', requests: () => [{ query: 'school attendance' }] },
  {
    name: 'As you type, each keystroke',
    shown: 'w, wo, wor, worr, worri, worrie, worried',
    requests: () => ['w', 'wo', 'wor', 'worr', 'worri', 'worrie', 'worried'].map((query) => ({ query })),
  },
  { name: "Within one child's record (5,000 notes)", shown: 'school + case', requests: (s) => [{ query: 'school', caseId: s.heavyCaseId }] },
  { name: 'Home visits only', shown: 'school + type', requests: () => [{ query: 'school', contactType: 'home-visit' }] },
  { name: 'Last 3 months of the record', shown: 'school + dates', requests: (s) => [{ query: 'school', from: day(s.lastFilledAt - 90 * 86_400_000), to: day(s.lastFilledAt) }] },
];

function alternate(stores: readonly BenchStore[], rounds: number, fn: (store: BenchStore, samples: number[]) => void) {
  const samples = new Map(stores.map((s) => [s, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? stores : [...stores].reverse();
    for (const store of order) fn(store, samples.get(store)!);
  }
  return samples;
}

export function measureSearch(stores: readonly BenchStore[], rounds: number, log: (line: string) => void): SearchSizeResult[] {
  log('measuring search');
  const perStore = new Map(stores.map((s) => [s, { queries: [] as SearchQueryResult[], all: [] as number[] }]));
  // Warm-up: the first search after opening builds the cached list of name words.
  for (const store of stores) store.search({ query: 'warm up' });
  for (const query of SEARCH_QUERIES) {
    const hits = new Map<BenchStore, number>();
    for (const store of stores) for (const request of query.requests(store)) store.search(request);
    const samples = alternate(stores, rounds, (store, out) => {
      for (const request of query.requests(store)) out.push(timeMs(() => hits.set(store, store.search(request))));
    });
    for (const store of stores) {
      const mine = samples.get(store)!;
      perStore.get(store)!.queries.push({ name: query.name, shown: query.shown, hits: hits.get(store) ?? 0, summary: summarise(mine) });
      perStore.get(store)!.all.push(...mine);
    }
  }
  return stores.map((store) => ({ mode: store.mode, notes: store.size, queries: perStore.get(store)!.queries, all: summarise(perStore.get(store)!.all) }));
}
