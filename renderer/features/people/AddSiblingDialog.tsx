/**
 * "Add a sibling": puts another child's existing case in this child's family group. Siblings without
 * a case of their own are added as people instead ("Sibling (no case of their own)").
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Family } from '../../../preload/contract/people';
import { call } from '../../api';
import { useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/form-errors';
import { SelectField } from '../../ui/SelectField';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { submitOnEnter } from '../../ui/form-keys';
import { useFormSave } from '../../ui/useFormSave';
import { TitledModal } from '../../ui/TitledModal';

interface AddSiblingDialogProps {
  caseId: string;
  childName: string;
  /** Already in the group: not offered again. */
  groupCaseIds: readonly string[];
  onAdded: (family: Family, siblingName: string) => void;
  onCancel: () => void;
}

const TITLE_ID = 'add-sibling-title';
const SELECT_ID = 'add-sibling-case';
const HINT = 'Brothers and sisters who have their own case. Their family groups are joined.';

export function AddSiblingDialog({ caseId, childName, groupCaseIds, onAdded, onCancel }: AddSiblingDialogProps) {
  const [chosen, setChosen] = useState('');
  const { errors, busy, save } = useFormSave({ siblingCaseId: SELECT_ID });
  const selectRef = useRef<HTMLSelectElement>(null);
  // The group as it was when the dialog opened: the list is loaded once.
  const [excluded] = useState(groupCaseIds);
  const { load: options } = useLoad(() => call('listCases', {}), []);

  const cases = options.state === 'loaded' ? options.value.filter((c) => !excluded.includes(c.id)) : [];
  useEffect(() => {
    if (cases.length > 0) selectRef.current?.focus();
  }, [cases.length]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const sibling = cases.find((c) => c.id === chosen);
    const problems = sibling ? [] : [{ fieldId: SELECT_ID, message: `Choose ${childName}'s brother or sister` }];
    // save() asks nothing while there is a problem, so a saved answer always has its sibling.
    await save(problems, () => call('addSibling', { caseId, siblingCaseId: chosen }), (family) => onAdded(family, sibling!.childName));
  };

  const error = errorFor(errors, SELECT_ID);
  return (
    <TitledModal titleId={TITLE_ID} title={`Add a sibling of ${childName}`} className="person-dialog" onEscape={onCancel}>
      {options.state === 'failed' ? <ErrorSummary errors={[{ message: options.message }]} /> : <ErrorSummary errors={errors} />}
      {options.state === 'loading' ? <p className="body muted">Loading cases…</p> : null}
      {options.state === 'loaded' && cases.length === 0 ? (
        <p className="body">There are no other cases to add. Create the sibling's case first, from Cases.</p>
      ) : null}
      {cases.length > 0 ? (
        <form noValidate onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter}>
          <SelectField
            id={SELECT_ID}
            label="Sibling"
            hint={HINT}
            placeholder="Choose a child"
            options={cases.map((c) => ({ id: c.id, label: c.caseReference ? `${c.childName} (${c.caseReference})` : c.childName }))}
            value={chosen}
            onChange={setChosen}
            error={error}
            selectRef={selectRef}
          />
          <SubmitOrCancel submitLabel="Add sibling" busy={busy} onCancel={onCancel} />
        </form>
      ) : (
        <div className="button-group">
          <Button variant="secondary" onClick={onCancel}>
            Close
          </Button>
        </div>
      )}
    </TitledModal>
  );
}
