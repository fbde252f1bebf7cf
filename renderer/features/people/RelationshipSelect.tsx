import type { Ref } from 'react';
import { RELATIONSHIPS, RELATIONSHIP_LABELS, type Relationship } from '../../../preload/contract/relationships';
import { cx } from '../../lib/cx';
import { FieldShell, describedByIds } from '../../ui/FieldShell';

interface RelationshipSelectProps {
  id: string;
  label: string;
  /** '' until the practitioner chooses: no relationship is assumed for them. */
  value: Relationship | '';
  onChange: (value: Relationship | '') => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}

const isRelationship = (value: string): value is Relationship => (RELATIONSHIPS as readonly string[]).includes(value);

/** How a person is related to one child, from the contract's fixed list. */
export function RelationshipSelect({ id, label, value, onChange, error, selectRef }: RelationshipSelectProps) {
  return (
    <FieldShell id={id} label={label} error={error}>
      <select
        ref={selectRef}
        id={id}
        name={id}
        className={cx('select', error && 'input--error')}
        value={value}
        onChange={(event) => onChange(isRelationship(event.target.value) ? event.target.value : '')}
        aria-describedby={describedByIds(id, undefined, error)}
        aria-invalid={error ? true : undefined}
      >
        <option value="">Choose a relationship</option>
        {RELATIONSHIPS.map((key) => (
          <option key={key} value={key}>
            {RELATIONSHIP_LABELS[key]}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
