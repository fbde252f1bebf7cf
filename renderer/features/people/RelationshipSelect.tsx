import type { Ref } from 'react';
import { RELATIONSHIPS, RELATIONSHIP_LABELS, type Relationship } from '../../../preload/contract/relationships';
import { SelectField } from '../../ui/SelectField';

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

const OPTIONS = RELATIONSHIPS.map((key) => ({ id: key, label: RELATIONSHIP_LABELS[key] }));

/** How a person is related to one child, from the contract's fixed list. */
export function RelationshipSelect({ id, label, value, onChange, error, selectRef }: RelationshipSelectProps) {
  return (
    <SelectField
      id={id}
      label={label}
      placeholder="Choose a relationship"
      options={OPTIONS}
      value={value}
      onChange={(chosen) => onChange(isRelationship(chosen) ? chosen : '')}
      error={error}
      selectRef={selectRef}
    />
  );
}
