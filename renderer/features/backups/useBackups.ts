import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../preload/contract/trust';
import { call } from '../../api';

export type BackupsLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; backups: BackupSummary[] };

/** A profile's backups, newest first (main lists them; it works while the records are locked). */
export function useBackups(profileId: string) {
  const [load, setLoad] = useState<BackupsLoad>({ state: 'loading' });
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    let current = true;
    void call('listBackups', { profileId }).then((result) => {
      if (!current) return;
      setLoad(result.ok ? { state: 'loaded', backups: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [profileId, serial]);

  const reload = useCallback(() => setSerial((s) => s + 1), []);
  return { load, reload };
}
