/**
 * An exclusive lock on a profile's store while it is open: `store.lock` created with O_EXCL, holding the
 * owner's pid. A second window or app instance finds it and is refused with a clear message. A lock
 * left by a process that no longer exists (a crash) is taken over.
 */
import fs from 'node:fs';
import { StoreOpenError } from '../store/store-errors';

const heldInThisProcess = new Set<string>();

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface ProfileLock {
  release(): void;
}

export function acquireProfileLock(lockFile: string): ProfileLock {
  if (heldInThisProcess.has(lockFile)) throw new StoreOpenError('in-use');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(lockFile, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      heldInThisProcess.add(lockFile);
      return {
        release: () => {
          heldInThisProcess.delete(lockFile);
          fs.rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(lockFile);
      if (owner !== null && owner !== process.pid && processIsAlive(owner)) throw new StoreOpenError('in-use');
      fs.rmSync(lockFile, { force: true }); // stale: its owner crashed
    }
  }
  throw new StoreOpenError('in-use');
}
