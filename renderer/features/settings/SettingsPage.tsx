import { modifierLabel } from '../../lib/platform';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ContactTypesForm } from './ContactTypesForm';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { AuditLogSection } from '../audit/AuditLogSection';
import { BackupsSection } from '../backups/BackupsSection';
import { NoteTemplatesSection } from '../templates/NoteTemplatesSection';
import { TimescalesSection } from '../timescales/TimescalesSection';

interface SettingsPageProps {
  displayName: string;
  autoLockMinutes: number;
  onAutoLockChanged: (minutes: number) => void;
}

/** "Settings": auto-lock, the team's contact types, change passphrase, a new recovery key, and the keyboard shortcuts. */
export function SettingsPage({ displayName, autoLockMinutes, onAutoLockChanged }: SettingsPageProps) {
  return (
    <div className="settings">
      <PageHeading documentTitle="Settings">Settings</PageHeading>
      <AutoLockForm autoLockMinutes={autoLockMinutes} onAutoLockChanged={onAutoLockChanged} />
      <ContactTypesForm />
      <NoteTemplatesSection />
      <TimescalesSection />
      <ChangePassphraseForm />
      <NewRecoveryKeyForm displayName={displayName} />
      <AuditLogSection />
      <BackupsSection />
      <section className="section" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading" className="section-heading">
          Keyboard shortcuts
        </h2>
        <SummaryList
          rows={[
            { key: `${modifierLabel}+L`, value: 'Lock Casework' },
            { key: `${modifierLabel}+Enter`, value: 'Save the note you are writing' },
          ]}
        />
      </section>
    </div>
  );
}
