import type { StoreDatabase } from '../open-store';

/** One schema change. Versions only increase; a released migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  up(db: StoreDatabase): void;
}
