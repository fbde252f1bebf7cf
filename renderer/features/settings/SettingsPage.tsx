import { modifierLabel } from '../../lib/platform';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ContactTypesForm } from './ContactTypesForm';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { SettingsContents } from './SettingsContents';
import { AuditLogSection } from '../audit/AuditLogSection';
import { BackupsSection } from '../backups/BackupsSection';
import { NoteTemplatesSection } from '../templates/NoteTemplatesSection';
import { TimescalesSection } from '../timescales/TimescalesSection';

interface SettingsPageProps {
  displayName: string;
  autoLockMinutes: number;
  onAutoLockChanged: (minutes: number) => void;
}

/** "Settings": what this practitioner and their team set, one section after another, listed at the top. */
export function SettingsPage({ displayName, autoLockMinutes, onAutoLockChanged }: SettingsPageProps) {
  return (
    <div className="settings">
      <PageHeading documentTitle="Settings">Settings</PageHeading>
      <SettingsContents />
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
