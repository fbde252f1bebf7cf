import type { Migration } from './migration';
import { migration0001 } from './0001-cases-and-notes';
import { migration0002 } from './0002-structured-notes-drafts-versions';
import { migration0003 } from './0003-search-index';

/** Every migration, in order. Add a new file `NNNN-name.ts` and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
