/**
 * The audit chain's arithmetic, pure. Each row's hash is SHA-256 over a versioned, canonical JSON array
 * of its sequence number, time, actor, action, cases, detail and the previous row's hash, so any change
 * to a row changes its hash and every later row's link. The format is documented in
 * docs/store-format.md ("Audit log"): an auditor can recompute it with any SHA-256 tool.
 */
import crypto from 'node:crypto';

/** The "previous hash" of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
const CHAIN_FORMAT = 'casework-audit:v1';

export interface ChainedFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  /** JSON array of case ids, sorted, exactly as stored. */
  casesJson: string;
  /** JSON object, exactly as stored. */
  detailJson: string;
  prevHash: string;
}

export function auditRowHash(row: ChainedFields): string {
  const canonical = JSON.stringify([CHAIN_FORMAT, row.seq, row.at, row.actor, row.action, row.casesJson, row.detailJson, row.prevHash]);
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}
