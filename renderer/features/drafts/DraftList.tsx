/**
 * Drafts waiting to be finished: where each belongs (a child's case, or "Not filed" for a quick note),
 * when it was last typed in, the start of its text, and "Continue writing". Used on the Drafts page,
 * the case page (that child's other drafts) and the Inbox (quick notes not yet saved).
 */
import type { Draft } from '../../../preload/contract/channels';
import { formatDateTime } from '../../lib/dates';
import { Button } from '../../ui/Button';

const PREVIEW = 160;

export function draftPreview(body: string): string {
  const flat = body.replace(/\s+/gu, ' ').trim();
  return flat.length <= PREVIEW ? flat : `${flat.slice(0, PREVIEW - 1).trimEnd()}…`;
}

interface DraftListProps {
  drafts: readonly Draft[];
  /** Id of the heading that names the list. */
  labelledBy: string;
  /** The child's name for a case draft; null if unknown. */
  nameOf: (caseId: string) => string | null;
  onContinue: (draft: Draft) => void;
  /** Hide the place column where every draft has the same one (a case page). */
  showPlace?: boolean;
}

export function DraftList({ drafts, labelledBy, nameOf, onContinue, showPlace = true }: DraftListProps) {
  return (
    <ul className="draft-list" aria-labelledby={labelledBy}>
      {drafts.map((draft) => {
        const previewId = `draft-preview-${draft.id}`;
        const preview = draftPreview(draft.body);
        return (
          <li key={draft.id} className="draft-list__item">
            <p className="draft-list__meta">
              {showPlace ? (
                <>
                  <span className="draft-list__place">
                    {draft.caseId ? (nameOf(draft.caseId) ?? 'A child’s case') : 'Not filed'}
                  </span>
                  <span aria-hidden="true"> · </span>
                </>
              ) : null}
              <span>
                Last typed in <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt)}</time>
              </span>
            </p>
            <p id={previewId} className="draft-list__preview">
              {preview === '' ? <span className="muted">No text yet</span> : preview}
            </p>
            <Button variant="secondary" className="draft-list__continue" aria-describedby={previewId} onClick={() => onContinue(draft)}>
              Continue writing
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
