import { modifierAria, modifierLabel } from '../lib/platform';
import { Button } from '../ui/Button';

export type Section = 'cases' | 'settings';

interface ShellHeaderProps {
  practitionerName: string;
  current: Section;
  onNavigate: (section: Section) => void;
  onLock: () => void;
}

/** Banner content while unlocked: main navigation, who is signed in, and Lock. */
export function ShellHeader({ practitionerName, current, onNavigate, onLock }: ShellHeaderProps) {
  const item = (section: Section, label: string) => (
    <li>
      <button
        type="button"
        className="app-nav__link"
        aria-current={current === section ? 'page' : undefined}
        onClick={() => onNavigate(section)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <>
      <nav className="app-nav" aria-label="Main">
        <ul className="app-nav__list">
          {item('cases', 'Cases')}
          {item('settings', 'Settings')}
        </ul>
      </nav>
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
