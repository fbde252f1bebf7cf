import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeadingProps {
  children: ReactNode;
  /** Window title; kept generic where the heading holds personal data (a child's name). */
  documentTitle: string;
  /** Move focus to the heading when the screen opens (so screen readers start at the top). */
  focusOnOpen?: boolean;
  caption?: string;
}

/** The one h1 of a screen. Sets the window title and, by default, takes focus when the screen opens. */
export function PageHeading({ children, documentTitle, focusOnOpen = true, caption }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle === 'Casework' ? 'Casework' : `${documentTitle} – Casework`;
  }, [documentTitle]);
  useEffect(() => {
    if (focusOnOpen) ref.current?.focus();
    // Only when the screen opens, not when its heading text changes.
  }, []);
  return (
    <>
      {caption ? <p className="page-caption">{caption}</p> : null}
      <h1 ref={ref} className="page-heading" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
