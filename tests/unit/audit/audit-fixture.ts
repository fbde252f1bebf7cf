/**
 * A practitioner's profile with a clock the test moves, and ways to read the audit log: each child's
 * record of access and the chain's verification through the channels, and the raw rows through a
 * direct connection to the encrypted store (for what no channel shows: detail, hashes, cases).
 */
import type { CaseSummary, CreatedProfile } from '../../../preload/contract';
import type { AuditVerification, CaseAccessRecord } from '../../../preload/contract/trust';
import type { AuditRow } from '../../../main/audit/audit-log';
import type { CoreOptions } from '../../../main/ipc/core';
import type { StoreDatabase } from '../../../main/store/open-store';
import { openProfileStore } from '../support/profile-store';
import { PASSPHRASE, testCore } from '../support/temp-profiles';

export const START = Date.parse('2026-11-26T09:00:00Z');
export const PRACTITIONER = 'Sam Okafor';

export async function auditedProfile(overrides: Partial<CoreOptions> = {}) {
  let now = START;
  const t = testCore({ clock: { now: () => now }, ...overrides });
  const created = await t.call<CreatedProfile>('createProfile', { displayName: PRACTITIONER, passphrase: PASSPHRASE });
  const profileId = created.profile.id;
  let store: StoreDatabase | null = null;
  const raw = async () => (store ??= await openProfileStore(t.root, profileId));

  return {
    ...t,
    profileId,
    advance: (ms: number) => {
      now += ms;
    },
    createCase: (childName: string) => t.call<CaseSummary>('createCase', { childName }),
    accessRecord: (caseId: string) => t.call<CaseAccessRecord>('getCaseAccessRecord', { caseId }),
    /** The record of access as [action, description] pairs, oldest first. */
    accessLines: async (caseId: string) => (await t.call<CaseAccessRecord>('getCaseAccessRecord', { caseId })).entries.map((e) => [e.action, e.description]),
    verify: () => t.call<AuditVerification>('verifyAuditLog'),
    /** A direct connection to the store (opened once, beside the app's own). */
    raw,
    rows: async () => (await raw()).prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').all(),
    actions: async () => (await raw()).prepare<[], string>('SELECT action FROM audit_log ORDER BY seq').pluck().all(),
    lastRow: async () => (await raw()).prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get()!,
  };
}

export type AuditedProfile = Awaited<ReturnType<typeof auditedProfile>>;

export const detailOf = (row: AuditRow) => JSON.parse(row.detail_json) as Record<string, unknown>;
export const casesOf = (row: AuditRow) => JSON.parse(row.cases_json) as string[];
