/**
 * Writes one export file where the practitioner chose: owner-only (0600) from the first byte, through a
 * sibling temp name and a rename, so a crash or a full disk leaves either no file or the whole file —
 * never half a pack that looks complete. The temp file sits next to the target (never in the OS temp
 * folder, which other software sweeps and indexes) and is removed if anything fails.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export async function writeExportFile(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.part`);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder to fsync it; NTFS journals the rename.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
