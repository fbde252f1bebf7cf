import { useRef, useState, type ReactNode } from 'react';
import type { Envelope } from '../api';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { TitledModal } from './TitledModal';
import { useFocusOnOpen } from './useFocusOnOpen';

interface ConfirmActionDialogProps<T> {
  titleId: string;
  title: ReactNode;
  /** The dialog's own class (its width and spacing). */
  className: string;
  /** What will happen, and what will not. */
  children: ReactNode;
  confirmLabel: string;
  /** Asks main to do it. A refusal is shown in the dialog, which stays open. */
  request: () => Promise<Envelope<T>>;
  onDone: (value: T) => void;
  onCancel: () => void;
  /**
   * Cancel takes focus on opening, so Enter straight away changes nothing (WAI-ARIA dialog pattern,
   * for an action that cannot be undone). Otherwise the action has it, as the first control.
   */
  focusCancel?: boolean;
}

/** "Are you sure?" for an action main carries out: the action (a warning button), then Cancel. */
export function ConfirmActionDialog<T>(props: ConfirmActionDialogProps<T>) {
  const { titleId, title, className, children, confirmLabel, request, onDone, onCancel, focusCancel = false } = props;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useFocusOnOpen(cancelRef, focusCancel);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await request();
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };

  return (
    <TitledModal titleId={titleId} title={title} className={className} onEscape={onCancel}>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      {children}
      <div className="button-group">
        <Button variant="warning" unavailable={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </TitledModal>
  );
}
