import { call } from '../../api';
import { usePassphraseAction } from '../../ui/usePassphraseAction';

/** Restoring a backup, which asks for the passphrase (from Settings, or at unlock when the records file is damaged). */
export function useRestoreBackup(profileId: string, fieldId: string) {
  const action = usePassphraseAction({
    fieldId,
    field: 'passphrase',
    missing: 'Enter your passphrase to restore the backup',
    working: 'Restoring the backup…',
  });
  /** Main's answer (a refusal is already shown in `errors`), or null when nothing was asked. */
  const restore = (typed: string, backupId: string) => action.run(typed, (passphrase) => call('restoreBackup', { profileId, passphrase, backupId }));
  return { ...action, restore };
}
