/** Why a store could not be opened. The session layer turns these into the practitioner's words. */
export type StoreOpenFailure = 'missing' | 'corrupted' | 'too-new' | 'in-use';

export class StoreOpenError extends Error {
  constructor(readonly reason: StoreOpenFailure) {
    super(`Store could not be opened: ${reason}`);
    this.name = 'StoreOpenError';
  }
}
