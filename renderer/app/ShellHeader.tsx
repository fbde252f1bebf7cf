import { modifierAria, modifierLabel } from '../lib/platform';
import { Button } from '../ui/Button';
import type { Section } from './views';

interface ShellHeaderProps {
  practitionerName: string;
  current: Section;
  inboxCount: number | null;
  draftCount: number | null;
  overdueCount: number | null;
  onNavigate: (section: Section) => void;
  onQuickNote: () => void;
  onSearch: () => void;
  onLock: () => void;
}

/**
 * Banner content while unlocked: main navigation (with what is overdue, and waiting in the Inbox and Drafts), the
 * quick note and search (each also on a shortcut), who is signed in, and Lock.
 */
export function ShellHeader({ practitionerName, current, inboxCount, draftCount, overdueCount, onNavigate, onQuickNote, onSearch, onLock }: ShellHeaderProps) {
  // `shown` puts the word in the badge too ("3 overdue"): a bare number on Due would read as "3 due".
  const item = (section: Section, label: string, count: number | null = null, counted = '', shown = false) => (
    <li>
      <button
        type="button"
        className="app-nav__link"
        aria-current={current === section ? 'page' : undefined}
        // The visible badge is a bare number; the name says what it counts ("Inbox, 2 notes").
        aria-label={count ? `${label}, ${count}${counted ? ` ${counted}${count === 1 || shown ? '' : 's'}` : ''}` : undefined}
        onClick={() => onNavigate(section)}
      >
        {label}
        {count ? ' ' : null}
        {count ? (
          <span className="app-nav__count" aria-hidden="true">
            {count}
            {shown ? ` ${counted}` : null}
          </span>
        ) : null}
      </button>
    </li>
  );
  return (
    <>
      <nav className="app-nav" aria-label="Main">
        <ul className="app-nav__list">
          {item('cases', 'Cases')}
          {item('due', 'Due', overdueCount, 'overdue', true)}
          {item('inbox', 'Inbox', inboxCount, 'note')}
          {item('drafts', 'Drafts', draftCount)}
          {item('settings', 'Settings')}
        </ul>
      </nav>
      <div className="app-header__tools">
        <Button
          variant="inverse"
          onClick={onQuickNote}
          aria-keyshortcuts={`${modifierAria}+Shift+N`}
          title={`Quick note (${modifierLabel}+Shift+N)`}
        >
          Quick note
        </Button>
        <Button variant="inverse" onClick={onSearch} aria-keyshortcuts={`${modifierAria}+K`} title={`Search (${modifierLabel}+K)`}>
          Search
        </Button>
      </div>
      <div className="app-header__user">
        <span className="app-header__name">
          <span className="visually-hidden">Signed in as </span>
          {practitionerName}
        </span>
        <Button
          variant="inverse"
          onClick={onLock}
          aria-keyshortcuts={`${modifierAria}+L`}
          title={`Lock (${modifierLabel}+L)`}
        >
          Lock
        </Button>
      </div>
    </>
  );
}
