import { useState } from 'react';
import { PackBuilder } from './PackBuilder';
import { PackListPage } from './PackListPage';

export interface PacksPageProps {
  caseId: string;
  /** Null: the list of the family's packs (and "new pack"); else that pack in the builder. */
  packId: string | null;
  onBack: () => void;
  onOpenPack: (packId: string) => void;
}

/**
 * Conference packs: the family's list and export register, or one pack in the builder. The builder's
 * "Back to conference packs" returns to the list here (the shell opens packs; the list is this page's).
 */
export function PacksPage({ caseId, packId, onBack, onOpenPack }: PacksPageProps) {
  const [open, setOpen] = useState(packId);
  if (open === null) return <PackListPage caseId={caseId} onBack={onBack} onOpenPack={onOpenPack} />;
  return <PackBuilder packId={open} onBack={() => setOpen(null)} />;
}
