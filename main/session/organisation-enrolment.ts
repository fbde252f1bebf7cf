/**
 * While IT has an organisation key deployed, every profile unlocked on this computer gets its
 * organisation slot, or has it brought up to date: profiles made before the key was deployed become
 * recoverable by IT at their next unlock, and a key IT replaced is replaced in each profile as it is
 * opened (docs/store-format.md, "Organisation recovery"). This never stops an unlock: a deployed key
 * that cannot be used is IT's to fix, and creating a profile reports it.
 */
import type { AuditLog } from '../audit/audit-log';
import { parseOrganisationPublicKey } from '../keys/organisation-key';
import { ensureOrganisationSlot, type OrganisationEnrolment } from '../keys/profile-keys';
import { logUnexpectedError } from '../shared/safe-log';

export interface EnrolmentRequest {
  keysFile: string;
  profileId: string;
  dataKey: Buffer;
  /** The deployed public key (PEM), or null when IT has not deployed one. */
  organisationPublicKey: string | null | undefined;
  audit: AuditLog;
  now: Date;
}

const CHANGED: Record<Exclude<OrganisationEnrolment, 'unchanged'>, string> = {
  added: 'organisation recovery slot added',
  replaced: "organisation recovery slot wrapped to IT's new organisation key",
};

export function enrolInOrganisationRecovery(request: EnrolmentRequest): OrganisationEnrolment | null {
  if (!request.organisationPublicKey) return null;
  try {
    const key = parseOrganisationPublicKey(request.organisationPublicKey);
    const outcome = ensureOrganisationSlot(request.keysFile, request.profileId, request.dataKey, key, request.now);
    if (outcome !== 'unchanged') request.audit.record({ action: 'settings-changed', detail: { changed: [CHANGED[outcome]] } });
    return outcome;
  } catch (error) {
    logUnexpectedError('organisation slot', error);
    return null;
  }
}
