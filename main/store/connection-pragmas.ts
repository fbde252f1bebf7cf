/**
 * Pragmas set on every connection, after the key. Each one is a promise we make:
 * - temp_store=MEMORY: SQLite otherwise writes sorts and index builds to unencrypted temp files.
 * - journal_mode=WAL + synchronous=FULL: an acknowledged note survives power loss and kill -9.
 * - secure_delete=ON: deleted content is overwritten, not left in free pages.
 * - foreign_keys=ON: a note cannot point at a case that is not there.
 * - busy_timeout: wait briefly instead of failing if a checkpoint holds the lock.
 * - cache_size=64 MiB of decrypted pages (in memory only): with SQLite's 2 MiB default, listing a large
 *   case re-decrypted every page each time and ran 4x slower than plaintext (docs/benchmarks.md).
 */
export const CONNECTION_PRAGMAS = [
  'temp_store = MEMORY',
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536',
] as const;
