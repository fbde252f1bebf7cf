/** Why a store could not be opened. The session layer turns these into the practitioner's words. */
export type StoreOpenFailure = 'missing' | 'corrupted' | 'too-new' | 'in-use';

export class StoreOpenError extends Error {
  /** `detail`: for logs and tests (e.g. which page is damaged); never case data, never shown as is. */
  constructor(
    readonly reason: StoreOpenFailure,
    readonly detail?: string,
  ) {
    super(`Store could not be opened: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'StoreOpenError';
  }
}
