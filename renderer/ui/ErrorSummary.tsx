import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { focusField, type FormError } from './form-errors';

interface ErrorSummaryProps {
  errors: readonly FormError[];
  /**
   * Move focus to the summary when new errors appear (the GOV.UK pattern). Turn off where the user
   * should keep typing in place, e.g. the unlock passphrase or the note box; role="alert" still
   * announces the problem.
   */
  moveFocus?: boolean;
  children?: ReactNode;
}

/** GOV.UK-style error summary: "There is a problem", then each error linked to its field. */
export function ErrorSummary({ errors, moveFocus = true, children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (moveFocus && errors.length > 0) ref.current?.focus();
  }, [errors, moveFocus]);

  if (errors.length === 0) return null;

  const goTo = (fieldId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusField(fieldId);
  };

  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? ''}-${index}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={goTo(error.fieldId)}>
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
