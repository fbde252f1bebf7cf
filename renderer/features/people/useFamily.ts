import { useCallback } from 'react';
import type { Family } from '../../../preload/contract/people';
import { call } from '../../api';
import { useLoad, type Load } from '../../lib/useLoad';
import { useCaseDirectory } from '../capture/case-directory';

export type FamilyLoad = Load<Family>;

/**
 * A case's family group, loaded from main. Answers that already carry the whole family (addSibling)
 * are put in directly; anything else reloads, so the panel never guesses at what main decided.
 * The panel and the note box share one list of people (the case directory): a person added here can
 * be @named at once, and one added from the note box appears here.
 */
export function useFamily(caseId: string, refreshKey: number) {
  const { people, refresh: refreshDirectory } = useCaseDirectory();
  const { load, reload: reloadFamily, replace } = useLoad(() => call('getFamily', { caseId }), [caseId, refreshKey, people]);

  const reload = useCallback(() => {
    reloadFamily();
    refreshDirectory();
  }, [reloadFamily, refreshDirectory]);
  return { load, reload, replace };
}
