import type { Migration } from './migration';
import { migration0001 } from './0001-cases-and-notes';
import { migration0002 } from './0002-structured-notes-drafts-versions';
import { migration0003 } from './0003-search-index';
import { migration0004 } from './0004-people-and-family-groups';
import { migration0005 } from './0005-contact-types';
import { migration0006 } from './0006-chronology';
import { migration0007 } from './0007-packs';
import { migration0008 } from './0008-export-register';
import { migration0009 } from './0009-audit-log';
import { migration0010 } from './0010-timescales';
import { migration0011 } from './0011-note-templates';

/** Every migration, in order. Add a new file `NNNN-name.ts` and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
