import type { BackupSummary } from '../../../preload/contract/trust';
import { call } from '../../api';
import { useLoad, type Load } from '../../lib/useLoad';

export type BackupsLoad = Load<BackupSummary[]>;

/** A profile's backups, newest first (main lists them; it works while the records are locked). */
export function useBackups(profileId: string) {
  const { load, reload } = useLoad(() => call('listBackups', { profileId }), [profileId]);
  return { load, reload };
}
