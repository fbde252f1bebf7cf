/**
 * The row of tools under the chips: "Mark as third party" (on the selected words) and the note
 * templates (the "Insert template" menu, and the note's template link when it has one).
 */
import type { ReactNode } from 'react';
import { modifierLabel } from '../../lib/platform';
import { Button } from '../../ui/Button';

interface ComposerToolsProps {
  onMarkThirdParty: () => void;
  /** The template menu and link (features/templates). */
  templates: ReactNode;
}

export function ComposerTools({ onMarkThirdParty, templates }: ComposerToolsProps) {
  return (
    <div className="composer__tools">
      <Button
        variant="secondary"
        className="button--small"
        // Keeps the selection in the note box: the button acts on it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onMarkThirdParty}
        title={`Mark the selected words as third-party information (${modifierLabel}+Shift+M)`}
      >
        Mark as third party
      </Button>
      {templates}
    </div>
  );
}
