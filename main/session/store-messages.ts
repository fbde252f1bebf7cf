/** The practitioner's words for each way a store can fail to open. No stack traces, no jargon. */
import { AppError } from '../shared/app-error';
import { isDiskFull } from '../shared/disk-full';
import { logUnexpectedError } from '../shared/safe-log';
import { StoreOpenError } from '../store/store-errors';
import { KeySlotFileError } from '../keys/key-slot-file';
import { BackupUnusableError } from '../backup/verify-backup';

export function storeOpenProblem(error: unknown): AppError | null {
  if (error instanceof KeySlotFileError) {
    return new AppError(
      'STORE_CORRUPTED',
      "This profile's key file is missing or damaged, so its records cannot be unlocked. Nothing has been " +
        'changed. Contact IT: they can restore the profile folder from a backup.',
    );
  }
  if (!(error instanceof StoreOpenError)) return null;
  switch (error.reason) {
    case 'missing':
      return new AppError(
        'STORE_MISSING',
        "This profile's records file (store.db) is missing from its folder. If it was moved or is being " +
          'restored, put it back and try again.',
      );
    case 'corrupted':
      // Generic on purpose: the unlock screen lists the profile's backups and offers the newest.
      return new AppError(
        'STORE_CORRUPTED',
        "This profile's records file is damaged and cannot be opened. Nothing has been changed. If Casework " +
          'has a backup of it, you can restore the backup; if not, contact IT.',
      );
    case 'too-new':
      return new AppError(
        'STORE_TOO_NEW',
        'These records were last opened with a newer version of Casework. Update the app to open them; ' +
          'nothing has been changed.',
      );
    case 'in-use':
      return new AppError(
        'STORE_IN_USE',
        'This profile is already open in another Casework window. Close it there, then unlock it here.',
      );
  }
}

/** Why a backup the practitioner asked for was not made. Their records are untouched either way. */
export function backupProblem(error: unknown): AppError {
  if (isDiskFull(error)) {
    return new AppError(
      'DISK_FULL',
      'There is not enough space on this computer for a backup. Free some space, then try again. Your records are not affected.',
    );
  }
  logUnexpectedError('backup-manual', error);
  return new AppError(
    'INTERNAL',
    'The backup could not be made. Your records are not affected. Try again, and contact IT if it keeps happening.',
  );
}

/** Why a restore did not happen. Whichever step failed, the store it was replacing has been kept. */
export function restoreProblem(error: unknown): unknown {
  if (error instanceof BackupUnusableError) {
    return new AppError(
      'STORE_CORRUPTED',
      'That backup is damaged too, so it cannot be restored. Nothing has been changed. Try an older backup, or contact IT.',
    );
  }
  return storeOpenProblem(error) ?? error;
}
