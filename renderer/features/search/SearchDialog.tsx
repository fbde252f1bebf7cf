// Interim: the search dialog's interface, so the shell can mount it; the real dialog lands with issue 3.
export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** Open a result: the note on its child's timeline (caseId null: the note is in the inbox). */
  onOpenNote: (hit: { noteId: string; caseId: string | null }) => void;
  onOpenCase: (caseId: string) => void;
}

export function SearchDialog(_props: SearchDialogProps) {
  return null;
}
