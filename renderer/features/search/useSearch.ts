import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../preload/contract/channels';
import { call } from '../../api';
import { searchRequest, type SearchFilter } from './search-filter';

/** Typing pauses shorter than this do not start a search (each keystroke would otherwise). */
export const SEARCH_DEBOUNCE_MS = 150;

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching'; previous: SearchResults | null }
  | { state: 'done'; results: SearchResults }
  | { state: 'failed'; message: string };

/**
 * Searches as the practitioner types: after a short pause, and only the newest answer is shown (an
 * earlier, slower answer arriving late is dropped).
 */
export function useSearch(query: string, filter: SearchFilter): SearchState {
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    const request = ++latest.current;
    if (text === '') {
      setResult({ state: 'idle' });
      return;
    }
    setResult((current) => ({ state: 'searching', previous: current.state === 'done' ? current.results : current.state === 'searching' ? current.previous : null }));
    const timer = window.setTimeout(() => {
      void call('search', searchRequest(text, filter)).then((answer) => {
        if (request !== latest.current) return;
        setResult(answer.ok ? { state: 'done', results: answer.value } : { state: 'failed', message: answer.error.message });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, filter]);

  return result;
}
