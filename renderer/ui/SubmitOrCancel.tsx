import { Button } from './Button';

interface SubmitOrCancelProps {
  submitLabel: string;
  /** A save is in flight: the button stays focusable but does nothing (see Button's `unavailable`). */
  busy: boolean;
  onCancel: () => void;
}

/** The end of a form in a dialog: the action, then Cancel. */
export function SubmitOrCancel({ submitLabel, busy, onCancel }: SubmitOrCancelProps) {
  return (
    <div className="button-group">
      <Button type="submit" unavailable={busy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
