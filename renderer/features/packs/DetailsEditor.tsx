import type { PackChild } from '../../../preload/contract/packs';
import { errorFor, type FormError } from '../../ui/form-errors';
import { TextField } from '../../ui/TextField';
import { fieldId, type FieldRef } from './pack-fields';

interface DetailsEditorProps {
  child: PackChild;
  index: number;
  errors: readonly FormError[];
  setField: (ref: FieldRef, value: string) => void;
}

/** The child's details as drafted from the case (name, date of birth and age, reference…), editable. */
export function DetailsEditor({ child, index, errors, setField }: DetailsEditorProps) {
  return (
    <div className="pack-details">
      {child.details.map((detail, row) => {
        const ref: FieldRef = { child: index, part: 'details', row, prop: 'value' };
        const id = fieldId(ref);
        return (
          <TextField
            key={`${row}-${detail.label}`}
            id={id}
            label={detail.label}
            value={detail.value}
            onChange={(value) => setField(ref, value)}
            error={errorFor(errors, id)}
            width="l"
            spellCheck
          />
        );
      })}
    </div>
  );
}
