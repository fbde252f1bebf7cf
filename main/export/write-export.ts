/**
 * Writing an export where the practitioner chooses — one AES-256 archive by default, or separate files
 * in a folder when they turned encryption off for this export — and taking it back when it cannot be
 * recorded. Every export is in the register and the audit log (what IT and a data protection officer
 * rely on), so files that could not be recorded are removed rather than left behind unaccounted for.
 * Nothing is written anywhere until the destination is chosen, and never to a renderer-supplied path.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportedFile } from '../../preload/contract/packs';
import { AppError } from '../shared/app-error';
import { isDiskFull } from '../shared/disk-full';
import { encryptedArchive, generateArchivePassphrase, type ArchiveFile } from './archive';
import type { ExportFiles } from './build-export';
import type { ExportDestination } from './ports';
import { sha256Hex } from './sha256';
import { writeExportFile } from './write-export-file';

export interface WriteOptions {
  encrypt: boolean;
  destination: ExportDestination;
  /** From suggestedExportName(ctx). */
  suggestedName: string;
}

export interface WrittenExport {
  /** The archive or folder written, as chosen. */
  location: string;
  /** The documents (inside the archive when encrypted). */
  files: ExportedFile[];
  archive: ExportedFile | null;
  /** Shown once to the practitioner, never stored. */
  passphrase: string | null;
}

export async function writeExport(files: ExportFiles, options: WriteOptions): Promise<WrittenExport> {
  const documents = files.map(describe);
  if (options.encrypt) {
    const location = await options.destination.choose({ name: `${options.suggestedName}.zip`, kind: 'archive' });
    if (location === null) throw cancelled();
    const passphrase = generateArchivePassphrase();
    const archive = await encryptedArchive(files, passphrase, files.archiveComment);
    await writeOrExplain(location, archive);
    return { location, files: documents, archive: describe({ name: path.basename(location), data: archive }), passphrase };
  }
  const location = await options.destination.choose({ name: options.suggestedName, kind: 'folder' });
  if (location === null) throw cancelled();
  await fs.mkdir(location, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(location, file.name);
      await writeOrExplain(target, file.data);
      written.push(target);
    }
  } catch (error) {
    // Half a pack in a folder looks like a whole one: the files already written go too.
    await removeFiles(written);
    throw error;
  }
  return { location, files: documents, archive: null, passphrase: null };
}

/** Every file written, for the register: the documents and, when encrypted, the archive they are in. */
export function registerFiles(written: WrittenExport): ExportedFile[] {
  return written.archive ? [...written.files, written.archive] : written.files;
}

/** The files writeExport wrote: the archive, or the documents in the folder. */
export function exportPaths(written: WrittenExport): string[] {
  return written.archive ? [written.location] : written.files.map((f) => path.join(written.location, f.name));
}

/**
 * Records files just written (`record`: the register and audit entry). If the store locked or its disk
 * filled meanwhile, the files are removed and the practitioner told, so no export is left on disk that
 * the register and the audit log do not know about. Any other failure is passed on as it was.
 */
export async function recordOrTakeBack<T>(paths: readonly string[], record: () => T): Promise<T> {
  try {
    return record();
  } catch (error) {
    const reason = notRecordedReason(error);
    if (!reason) throw error;
    const removed = await removeFiles(paths);
    throw new AppError(reason === 'locked' ? 'LOCKED' : 'DISK_FULL', notRecordedMessage(reason, removed));
  }
}

function notRecordedReason(error: unknown): 'locked' | 'disk-full' | null {
  if (error instanceof AppError && error.code === 'LOCKED') return 'locked';
  if (isDiskFull(error)) return 'disk-full';
  return null;
}

function notRecordedMessage(reason: 'locked' | 'disk-full', removed: boolean): string {
  const why =
    reason === 'locked'
      ? 'Casework locked while saving, so this could not be recorded'
      : 'There was no space left on this computer to record this';
  const then = reason === 'locked' ? 'Unlock and try again.' : 'Free some space, then try again.';
  return removed
    ? `${why}, and the files were removed. ${then}`
    : `${why}, and the files could not all be removed: delete them from where you saved them. ${then}`;
}

async function removeFiles(paths: readonly string[]): Promise<boolean> {
  const results = await Promise.allSettled(paths.map((p) => fs.rm(p, { force: true })));
  return results.every((r) => r.status === 'fulfilled');
}

const NO_SPACE_THERE =
  'There is no space left where you chose to save the export, so nothing was saved there. Free some space or choose another place, then try again.';

/** A failed write at the destination is about that place, not this computer's records: said so. */
export async function writeOrExplain(target: string, data: Uint8Array): Promise<void> {
  try {
    await writeExportFile(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isDiskFull(error) || code === 'EDQUOT') throw new AppError('DISK_FULL', NO_SPACE_THERE);
    // Read-only, no permission, something in the way: the system's code (never a path) helps IT.
    if (typeof code === 'string' && /^E[A-Z]+$/u.test(code)) {
      throw new AppError('UNAVAILABLE', `Casework could not save files where you chose (${code}), so nothing was saved there. Choose another place, then try again.`);
    }
    throw error;
  }
}

function describe(file: ArchiveFile): ExportedFile {
  return { name: file.name, sha256: sha256Hex(file.data), bytes: file.data.byteLength };
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'Export cancelled: nothing was written.');
}
