/**
 * The team's contact types for the unlocked session, for the note parser, the labels on notes and the
 * filters. Loaded once after unlock (the provider lives in the unlocked shell, so locking drops it);
 * Settings hands back the list a save answered with. Until the list arrives, or if it cannot be read,
 * the built-in list stands in: a note can always be written, typed #visit or not.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ContactType } from '../../../preload/contract/contact-types';
import { call } from '../../api';
import { useAnswer } from '../../lib/useAnswer';
import { DEFAULT_CONTACT_TYPES, type ContactTypeDef } from '../capture/contact-types';
import { contactTypeLabel } from '../timeline/note-labels';

export interface ContactTypes {
  /** Offered when writing and filtering, in the team's order. The same array until the list changes. */
  active: readonly ContactTypeDef[];
  /** Taken off the list: not offered for new notes, still there to find and label older ones. */
  retired: readonly ContactTypeDef[];
  /** The name to show for a note's type, retired ones included. */
  labelOf: (id: string) => string;
  /** Reads the list from the store again. */
  reload: () => void;
  /** Uses the list a save answered with (no second request). */
  adopt: (types: readonly ContactType[]) => void;
}

const NO_RETIRED: readonly ContactTypeDef[] = [];
const builtIn = (id: string) => contactTypeLabel(id, DEFAULT_CONTACT_TYPES);

const Context = createContext<ContactTypes>({
  active: DEFAULT_CONTACT_TYPES,
  retired: NO_RETIRED,
  labelOf: builtIn,
  reload: () => undefined,
  adopt: () => undefined,
});

export function ContactTypesProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<readonly ContactType[] | null>(null);
  const [serial, setSerial] = useState(0);

  useAnswer(
    () => call('listContactTypes', {}),
    (result) => {
      // On failure the last list (or the built-in one) stays: better than no types at all.
      if (result.ok) setStored(result.value);
    },
    [serial],
  );

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  const adopt = useCallback((types: readonly ContactType[]) => setStored(types), []);
  const value = useMemo<ContactTypes>(() => {
    if (!stored) return { active: DEFAULT_CONTACT_TYPES, retired: NO_RETIRED, labelOf: builtIn, reload, adopt };
    return {
      active: stored.filter((t) => !t.retired),
      retired: stored.filter((t) => t.retired),
      labelOf: (id) => contactTypeLabel(id, stored),
      reload,
      adopt,
    };
  }, [stored, reload, adopt]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useContactTypes(): ContactTypes {
  return useContext(Context);
}
