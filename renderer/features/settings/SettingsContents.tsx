/**
 * "On this page": Settings holds nine sections and is long (the team's contact types, templates and
 * rules among them), so its top lists them, each taking the practitioner (and keyboard focus) straight
 * to that section's heading. Buttons, not #links: the app never navigates, even within the page.
 */
import './settings.css';

const SECTIONS: ReadonlyArray<readonly [headingId: string, label: string]> = [
  ['auto-lock-heading', 'Auto-lock'],
  ['contact-types-heading', 'Contact types'],
  ['note-templates-heading', 'Note templates'],
  ['timescales-heading', 'Timescales'],
  ['change-passphrase-heading', 'Change passphrase'],
  ['recovery-key-heading', 'Recovery key'],
  ['audit-log-heading', 'Audit log'],
  ['backups-heading', 'Backups'],
  ['shortcuts-heading', 'Keyboard shortcuts'],
];

function goTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  // Focus, so the next Tab continues inside the section and a screen reader reads where it landed.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function SettingsContents() {
  return (
    <nav className="settings-contents" aria-labelledby="settings-contents-heading">
      <h2 id="settings-contents-heading" className="settings-contents__heading">
        On this page
      </h2>
      <ul className="settings-contents__list">
        {SECTIONS.map(([headingId, label]) => (
          <li key={headingId}>
            <button type="button" className="link-button" onClick={() => goTo(headingId)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
