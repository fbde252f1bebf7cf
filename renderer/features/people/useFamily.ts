import { useCallback, useEffect, useState } from 'react';
import type { Family } from '../../../preload/contract/people';
import { call } from '../../api';
import { useCaseDirectory } from '../capture/case-directory';

export type FamilyLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; family: Family };

/**
 * A case's family group, loaded from main. Answers that already carry the whole family (addSibling)
 * are put in directly; anything else reloads, so the panel never guesses at what main decided.
 * The panel and the note box share one list of people (the case directory): a person added here can
 * be @named at once, and one added from the note box appears here.
 */
export function useFamily(caseId: string, refreshKey: number) {
  const [load, setLoad] = useState<FamilyLoad>({ state: 'loading' });
  const [serial, setSerial] = useState(0);
  const { people, refresh: refreshDirectory } = useCaseDirectory();

  useEffect(() => {
    let cancelled = false;
    void call('getFamily', { caseId }).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'loaded', family: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey, serial, people]);

  const reload = useCallback(() => {
    setSerial((s) => s + 1);
    refreshDirectory();
  }, [refreshDirectory]);
  const replace = useCallback((family: Family) => setLoad({ state: 'loaded', family }), []);
  return { load, reload, replace };
}
