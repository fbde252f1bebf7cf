import type { Ref } from 'react';
import { errorFor, type FormError } from '../../ui/form-errors';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { WordingIds, WordingValues } from './entry-form';

interface WordingFieldsProps {
  ids: WordingIds;
  values: WordingValues;
  onChange: (field: keyof WordingValues, value: string) => void;
  errors: readonly FormError[];
  eventRef?: Ref<HTMLTextAreaElement>;
}

const EVENT_HINT = (
  <>
    Succinct, as it would read in court. Put information about other people (third parties) in double braces, for example{' '}
    <span className="chronology-example">{'{{the neighbour}}'}</span>: it is highlighted here and removed from copies for the family.
  </>
);

/** Event, source and analysis: what a chronology entry says. */
export function WordingFields({ ids, values, onChange, errors, eventRef }: WordingFieldsProps) {
  return (
    <>
      <TextAreaField
        id={ids.event}
        label="Event"
        hint={EVENT_HINT}
        value={values.event}
        onChange={(v) => onChange('event', v)}
        error={errorFor(errors, ids.event)}
        rows={3}
        textareaRef={eventRef}
      />
      <TextField
        id={ids.source}
        label="Source"
        hint="Who recorded it, the agency or the document, for example Police notification (PPN) 12/3"
        value={values.source}
        onChange={(v) => onChange('source', v)}
        error={errorFor(errors, ids.source)}
        width="full"
        spellCheck
      />
      <TextAreaField
        id={ids.analysis}
        label="Analysis (optional)"
        hint="Shown in the conference format: what this meant for the child."
        value={values.analysis}
        onChange={(v) => onChange('analysis', v)}
        error={errorFor(errors, ids.analysis)}
        rows={3}
      />
    </>
  );
}
