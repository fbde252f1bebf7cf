import type { ReactNode, Ref } from 'react';
import { errorFor, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import type { DetailsField, PersonDetails } from './person-form';

interface PersonDetailsFieldsProps {
  ids: Record<DetailsField, string>;
  details: PersonDetails;
  onChange: (field: DetailsField, value: string) => void;
  errors: readonly FormError[];
  today: string;
  nameRef?: Ref<HTMLInputElement>;
  dobRef?: Ref<HTMLInputElement>;
  /** Shown straight after the name (how the person is related to the child): asked before the extras. */
  afterName?: ReactNode;
}

/**
 * A person's own details. Only the name is required; role and agency are for professionals and say
 * so, rather than appearing and disappearing as the relationship changes under the practitioner.
 */
export function PersonDetailsFields({ ids, details, onChange, errors, today, nameRef, dobRef, afterName }: PersonDetailsFieldsProps) {
  const text = (field: DetailsField, label: string, width: 'l' | 'm' | 'full', hint?: string) => (
    <TextField
      id={ids[field]}
      label={label}
      hint={hint}
      value={details[field]}
      onChange={(value) => onChange(field, value)}
      error={errorFor(errors, ids[field])}
      width={width}
    />
  );
  return (
    <>
      <TextField
        id={ids.fullName}
        label="Full name"
        value={details.fullName}
        onChange={(value) => onChange('fullName', value)}
        error={errorFor(errors, ids.fullName)}
        width="m"
        required
        spellCheck={false}
        inputRef={nameRef}
      />
      {afterName}
      {text('role', 'Role', 'm', 'For professionals, for example "Health visitor" or "Designated safeguarding lead". Optional.')}
      {text('agency', 'Agency', 'm', 'For example the school, GP practice or health visiting team. Optional.')}
      {text('phone', 'Phone', 'm', 'Optional')}
      {text('email', 'Email', 'l', 'Optional')}
      {text('address', 'Address', 'full', 'Optional')}
      <TextField
        id={ids.dateOfBirth}
        label="Date of birth"
        hint="Optional"
        type="date"
        value={details.dateOfBirth}
        onChange={(value) => onChange('dateOfBirth', value)}
        error={errorFor(errors, ids.dateOfBirth)}
        width="s"
        max={today}
        inputRef={dobRef}
      />
    </>
  );
}
