/**
 * The person form's state and rules, shared by "Add a person" and "Edit": what is typed is kept as
 * text (so nothing is lost on an error) and turned into the contract's request only on submit.
 */
import type { Person, Relationship } from '../../../preload/contract/people';
import { dateOfBirthError, type FormError } from '../../ui/form-errors';

export interface PersonDetails {
  fullName: string;
  dateOfBirth: string;
  role: string;
  agency: string;
  phone: string;
  email: string;
  address: string;
}

export type DetailsField = keyof PersonDetails;

export interface LinkAnswers {
  relationship: Relationship | '';
  parentalResponsibility: boolean | null;
  livesWithChild: boolean | null;
}

export const NO_ANSWERS: LinkAnswers = { relationship: '', parentalResponsibility: null, livesWithChild: null };

export function emptyDetails(fullName = ''): PersonDetails {
  return { fullName, dateOfBirth: '', role: '', agency: '', phone: '', email: '', address: '' };
}

export function detailsOf(person: Person): PersonDetails {
  return {
    fullName: person.fullName,
    dateOfBirth: person.dateOfBirth ?? '',
    role: person.role ?? '',
    agency: person.agency ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    address: person.address ?? '',
  };
}

/** Ids of the detail inputs under one prefix, so two forms on a page never share an id. */
export function detailIds(prefix: string): Record<DetailsField, string> {
  return {
    fullName: `${prefix}-name`,
    dateOfBirth: `${prefix}-dob`,
    role: `${prefix}-role`,
    agency: `${prefix}-agency`,
    phone: `${prefix}-phone`,
    email: `${prefix}-email`,
    address: `${prefix}-address`,
  };
}

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);

export function detailsRequest(details: PersonDetails) {
  return {
    fullName: details.fullName,
    dateOfBirth: details.dateOfBirth === '' ? null : details.dateOfBirth,
    role: blankToNull(details.role),
    agency: blankToNull(details.agency),
    phone: blankToNull(details.phone),
    email: blankToNull(details.email),
    address: blankToNull(details.address),
  };
}

/**
 * The answers sent for one child. Parental responsibility and living with the child do not apply to
 * a professional, so they are sent as not known rather than as a stale answer from before.
 */
export function linkRequest(caseId: string, answers: LinkAnswers & { relationship: Relationship }) {
  const professional = answers.relationship === 'professional';
  return {
    caseId,
    relationship: answers.relationship,
    parentalResponsibility: professional ? null : answers.parentalResponsibility,
    livesWithChild: professional ? null : answers.livesWithChild,
  };
}

/** Checks made before asking main: a name, and a date of birth that is a real past date. */
export function detailsErrors(details: PersonDetails, ids: Record<DetailsField, string>, dobUnreadable: boolean, today: string): FormError[] {
  const problems: FormError[] = [];
  if (details.fullName.trim() === '') problems.push({ fieldId: ids.fullName, message: "Enter the person's name" });
  const dob = dateOfBirthError(details.dateOfBirth, dobUnreadable, today);
  if (dob) problems.push({ fieldId: ids.dateOfBirth, message: dob });
  return problems;
}

