/**
 * Whether an error means there was no room to write: SQLite's SQLITE_FULL (the store's disk, or the
 * page limit the disk-full tests set) or the system's ENOSPC. One definition for every message that
 * says "the disk is full".
 */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}
