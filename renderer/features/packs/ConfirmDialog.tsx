import { useId } from 'react';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" for removing part of a pack: the action, or keep it (Escape keeps it too). */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onEscape={onCancel} className="pack-confirm">
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <p className="modal__intro">{body}</p>
      <div className="button-group">
        <Button variant="warning" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Keep it
        </Button>
      </div>
    </Modal>
  );
}
