/** The practitioner's words for each way a store can fail to open. No stack traces, no jargon. */
import { AppError } from '../shared/app-error';
import { StoreOpenError } from '../store/store-errors';
import { KeySlotFileError } from '../keys/key-slot-file';

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
      return new AppError(
        'STORE_CORRUPTED',
        "This profile's records file is damaged and cannot be opened. Nothing has been changed. Contact IT: " +
          'they can restore it from a backup.',
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
