/**
 * The practitioner's children (one case each), for linking a note by @name, naming chips and filing
 * from the inbox. Loaded once per unlocked session by the shell and refreshed on demand; it lives in
 * the unlocked subtree, so locking drops it with everything else.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../../api';
import type { ChildRef } from './mention-match';

export interface CaseDirectory {
  children: readonly ChildRef[];
  /** The child's name, or null while the list loads or if the case is unknown. */
  nameOf: (caseId: string) => string | null;
  refresh: () => void;
}

const EMPTY: CaseDirectory = { children: [], nameOf: () => null, refresh: () => undefined };
const Context = createContext<CaseDirectory>(EMPTY);

interface CaseDirectoryProviderProps {
  /** Reloads the list when it changes (the shell bumps it on navigation: a case may have been added). */
  refreshKey: number;
  children: ReactNode;
}

export function CaseDirectoryProvider({ refreshKey, children }: CaseDirectoryProviderProps) {
  const [list, setList] = useState<readonly ChildRef[]>([]);
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void call('listCases', {}).then((result) => {
      if (!cancelled && result.ok) setList(result.value.map((c) => ({ caseId: c.id, childName: c.childName })));
    });
    return () => {
      cancelled = true;
    };
  }, [serial, refreshKey]);

  const refresh = useCallback(() => setSerial((s) => s + 1), []);
  const value = useMemo<CaseDirectory>(() => {
    const names = new Map(list.map((c) => [c.caseId, c.childName]));
    return { children: list, nameOf: (caseId) => names.get(caseId) ?? null, refresh };
  }, [list, refresh]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCaseDirectory(): CaseDirectory {
  return useContext(Context);
}
