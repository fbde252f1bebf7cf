/**
 * "Add as a new person" from an @mention: the practitioner types @ and a name nobody has, picks "Add
 * ... as a new person", fills in who they are (only the name is needed), and the person is created,
 * linked to the note's children, and named in the note where the mention was. Cancelling leaves the
 * text as it was.
 */
import { useState, type ReactNode } from 'react';
import type { Person } from '../../../preload/contract/people';
import { PersonFormDialog } from '../people/PersonFormDialog';

interface Pending {
  name: string;
  start: number;
  end: number;
}

export function useNewPersonMention(
  linkTo: ReadonlyArray<{ caseId: string; childName: string }>,
  /** The person exists: put their name in [start, end) and link them to the note. */
  onCreated: (person: Person, start: number, end: number) => void,
  onClosed: () => void,
): { start: (name: string, start: number, end: number) => void; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const close = () => {
    setPending(null);
    onClosed();
  };
  const dialog = pending ? (
    <PersonFormDialog
      initialName={pending.name}
      linkTo={linkTo}
      onCreated={(person) => {
        onCreated(person, pending.start, pending.end);
        close();
      }}
      onCancel={close}
    />
  ) : null;
  return { start: (name, start, end) => setPending({ name, start, end }), dialog };
}
