import type { MouseEvent, ReactNode } from 'react';
import { cx } from '../lib/cx';

export const MAIN_ID = 'main-content';

interface AppLayoutProps {
  /** Content of the banner after the product name (nav, practitioner, Lock). */
  header?: ReactNode;
  width?: 'narrow' | 'wide';
  children: ReactNode;
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/** Skip link, banner and main landmark shared by every screen. */
export function AppLayout({ header, width = 'wide', children }: AppLayoutProps) {
  return (
    <div className="app">
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <div className={cx('app-header__inner', `width--${width}`)}>
          <span className="app-header__product">Casework</span>
          {header}
        </div>
      </header>
      <main id={MAIN_ID} className={cx('app-main', `width--${width}`)} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
