/**
 * The crash-safe error path. An error that escapes to the process may carry case data in its message
 * (a note body in a database error, a name in a path), so only its name and code are logged. The store is
 * locked, the user told the app must close, and the process exits. No crash reporter is started.
 */
import { app, dialog } from 'electron';
import { describeErrorSafely } from './safe-error';

let handling = false;

export function installFatalErrorHandler(beforeExit: () => void): void {
  const onFatal = (kind: string) => (error: unknown) => {
    if (handling) return;
    handling = true;
    console.error(`[casework] fatal ${kind}: ${describeErrorSafely(error)}`);
    try {
      beforeExit();
    } catch {
      // Locking failed too; exiting still drops the key from memory.
    }
    try {
      dialog.showErrorBox(
        'Casework must close',
        'Something went wrong and Casework has to close. Notes you had saved are safe. Please open Casework again.',
      );
    } finally {
      app.exit(1);
    }
  };
  process.on('uncaughtException', onFatal('exception'));
  process.on('unhandledRejection', onFatal('rejection'));
}
