/**
 * Pragmas set on every connection, after the key. Each one is a promise we make:
 * - temp_store=MEMORY: SQLite otherwise writes sorts and index builds to unencrypted temp files.
 * - journal_mode=WAL + synchronous=FULL: an acknowledged note survives power loss and kill -9.
 * - secure_delete=ON: deleted content is overwritten, not left in free pages.
 * - foreign_keys=ON: a note cannot point at a case that is not there.
 * - busy_timeout: wait briefly instead of failing if a checkpoint holds the lock.
 * - cache_size=64 MiB of decrypted pages (in memory only): with SQLite's 2 MiB default, listing a large
 *   case re-decrypted every page each time and ran 4x slower than plaintext (docs/benchmarks.md).
 * - wal_autocheckpoint=10,000 pages (~40 MiB): SQLite's default (1,000) copies the WAL back inside
 *   whichever save fills it, which made that save 5-10 ms at 1M notes. The app checkpoints when the
 *   practitioner pauses instead (session/idle-checkpoint.ts); this larger limit is only the guard for
 *   a long burst of writes with no pause (a bulk import), so the WAL can never grow without bound.
 */
/** Pages of WAL after which SQLite checkpoints inside a commit: a guard, not the normal path. */
export const WAL_GUARD_PAGES = 10_000;

export const CONNECTION_PRAGMAS = [
  'temp_store = MEMORY',
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536',
  `wal_autocheckpoint = ${WAL_GUARD_PAGES}`,
] as const;
