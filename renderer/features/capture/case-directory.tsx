/**
 * The practitioner's children (one case each) and the people around them, for linking a note by
 * @name, naming chips and filing from the inbox. Loaded once per unlocked session by the shell and
 * refreshed on demand; it lives in the unlocked subtree, so locking drops it with everything else.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Person } from '../../../preload/contract/people';
import { RELATIONSHIP_LABELS } from '../../../preload/contract/relationships';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import type { ChildRef } from './mention-match';
import type { PersonRef } from './mention-options';

export interface CaseDirectory {
  children: readonly ChildRef[];
  people: readonly PersonRef[];
  /** The child's name, or null while the list loads or if the case is unknown. */
  nameOf: (caseId: string) => string | null;
  personNameOf: (personId: string) => string | null;
  refresh: () => void;
}

const EMPTY: CaseDirectory = { children: [], people: [], nameOf: () => null, personNameOf: () => null, refresh: () => undefined };
const Context = createContext<CaseDirectory>(EMPTY);

/** "Mother of Ava Jones", "Health visitor, Northshire Health": enough to tell two Sarahs apart. */
export function personDetail(person: Person): string {
  const job = [person.role, person.agency].filter(Boolean).join(', ');
  const family = person.links
    .filter((l) => l.relationship !== 'professional')
    .map((l) => `${RELATIONSHIP_LABELS[l.relationship]} of ${l.childName}`);
  return [job, ...family].filter(Boolean).join('; ');
}

interface CaseDirectoryProviderProps {
  /** Reloads the lists when it changes (the shell bumps it on navigation: a case may have been added). */
  refreshKey: number;
  children: ReactNode;
}

export function CaseDirectoryProvider({ refreshKey, children }: CaseDirectoryProviderProps) {
  const [kids, setKids] = useState<readonly ChildRef[]>([]);
  const [people, setPeople] = useState<readonly PersonRef[]>([]);
  const [serial, setSerial] = useState(0);

  // Each list is kept as it was if it cannot be read: @mentions work with what is known.
  useAnswer(
    () => call('listCases', {}),
    (result) => {
      if (result.ok) setKids(result.value.map((c) => ({ caseId: c.id, childName: c.childName })));
    },
    [serial, refreshKey],
  );
  useAnswer(
    () => call('listPeople', {}),
    (result) => {
      if (result.ok) setPeople(result.value.map((p) => ({ personId: p.id, fullName: p.fullName, detail: personDetail(p) })));
    },
    [serial, refreshKey],
  );

  const refresh = useCallback(() => setSerial((s) => s + 1), []);
  const value = useMemo<CaseDirectory>(() => {
    const names = new Map(kids.map((c) => [c.caseId, c.childName]));
    const personNames = new Map(people.map((p) => [p.personId, p.fullName]));
    return {
      children: kids,
      people,
      nameOf: (caseId) => names.get(caseId) ?? null,
      personNameOf: (personId) => personNames.get(personId) ?? null,
      refresh,
    };
  }, [kids, people, refresh]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCaseDirectory(): CaseDirectory {
  return useContext(Context);
}
