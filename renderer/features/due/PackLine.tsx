import type { RulePackSummary } from '../../../preload/contract/timescales';
import { packWords } from '../timescales/example-pack';

interface PackLineProps {
  pack: RulePackSummary;
  /** Opens Settings → Timescales; absent where there is no way there (a child's page). */
  onOpenSettings?: () => void;
}

/** Whose rules these are: the team's, named with their revision, never the app's. */
export function PackLine({ pack, onOpenSettings }: PackLineProps) {
  return (
    <p className="due-pack-line">
      Your team's rules: <strong>{packWords(pack)}</strong>.{' '}
      {onOpenSettings ? (
        <button type="button" className="link-button" onClick={onOpenSettings}>
          See or change them in Settings → Timescales
        </button>
      ) : (
        <span className="muted">See or change them in Settings → Timescales.</span>
      )}
    </p>
  );
}
