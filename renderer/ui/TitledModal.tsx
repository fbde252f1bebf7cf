import type { ReactNode } from 'react';
import { keepEscapeInside } from './form-keys';
import { Modal } from './Modal';

interface TitledModalProps {
  titleId: string;
  title: ReactNode;
  /** The dialog's own class (its width and spacing). */
  className: string;
  onEscape: () => void;
  children: ReactNode;
}

/**
 * A modal dialog named by its heading. Escape closes this dialog only, even when it was opened from
 * inside another (see keepEscapeInside).
 */
export function TitledModal({ titleId, title, className, onEscape, children }: TitledModalProps) {
  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={titleId} onEscape={onEscape} className={className}>
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </Modal>
    </div>
  );
}
