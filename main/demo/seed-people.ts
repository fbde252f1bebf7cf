/**
 * The people side of a demo family, through the same API a practitioner uses: the children joined in
 * one family group, the case summary (legal status from the plan, the demo worker allocated), the
 * carers and the parent seen at family time with parental responsibility, and the professionals.
 */
import type { CaseSummary, Envelope } from '../../preload/contract';
import type { DemoFamily, PlanKind } from './families';

type Dispatch = (channel: string, payload: unknown) => Promise<Envelope<unknown>>;
type Check = (envelope: Envelope<unknown>) => unknown;

const LEGAL_STATUS: Record<PlanKind, string> = {
  'child-protection': 'Child protection plan (neglect)',
  'child-in-need': 'Child in need plan',
  'looked-after': 'Looked after (full care order), in long-term foster care',
};

/** "her dad" → father; "her mum" → mother (the demo's family-time wording). */
const parentFrom = (relation: string) => (/\bdad\b/u.test(relation) ? 'father' : 'mother');

export async function seedFamilyPeople(
  dispatch: Dispatch,
  check: Check,
  family: DemoFamily,
  /** The family's children's case ids, in the family's order. */
  caseIds: readonly string[],
  allocatedWorker: string,
): Promise<void> {
  const [first, ...siblings] = caseIds;
  if (!first) return;
  for (const sibling of siblings) check(await dispatch('addSibling', { caseId: first, siblingCaseId: sibling }));
  for (const caseId of caseIds) {
    // updateCase sends every field (an absent one is cleared), so start from the case as it is.
    const { childName, dateOfBirth, caseReference } = check(await dispatch('getCase', { caseId })) as CaseSummary;
    check(await dispatch('updateCase', { caseId, childName, dateOfBirth, caseReference, legalStatus: LEGAL_STATUS[family.plan], allocatedWorker }));
  }
  const surname = family.children[0]!.surname;
  const linkAll = (relationship: string, parentalResponsibility: boolean, livesWithChild: boolean) =>
    caseIds.map((caseId) => ({ caseId, relationship, parentalResponsibility, livesWithChild }));
  for (const [i, name] of family.carers.entries()) {
    const role = family.carerRoles[i] ?? 'carer';
    const fullName = `${name} ${family.carerSurname ?? surname}`;
    // Foster carers do not hold parental responsibility (the council shares it under a care order).
    check(await dispatch('createPerson', { fullName, links: linkAll(role, role !== 'foster-carer', true) }));
  }
  if (family.familyTime) {
    const fullName = `${family.familyTime.name} ${surname}`;
    check(await dispatch('createPerson', { fullName, links: linkAll(parentFrom(family.familyTime.relation), true, false) }));
  }
  for (const contact of family.contacts) {
    const role = contact.role.charAt(0).toUpperCase() + contact.role.slice(1);
    check(
      await dispatch('createPerson', {
        fullName: contact.name,
        role,
        agency: contact.org,
        links: caseIds.map((caseId) => ({ caseId, relationship: 'professional' })),
      }),
    );
  }
}
