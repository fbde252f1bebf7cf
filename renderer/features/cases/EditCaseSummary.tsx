/**
 * "Edit summary": the case's key facts. Every field is sent each time (the contract's rule), and an
 * emptied field clears it, so what the practitioner sees in the form is exactly what is stored.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../preload/contract/channels';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/form-errors';
import { Modal } from '../../ui/Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { TextField } from '../../ui/TextField';
import { useFormSave } from '../../ui/useFormSave';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { ChildFields, childFieldErrors, type ChildFieldValues } from './ChildFields';

interface EditCaseSummaryProps {
  summary: CaseSummary;
  onSaved: (summary: CaseSummary) => void;
  onCancel: () => void;
}

const IDS = {
  childName: 'case-summary-name',
  dateOfBirth: 'case-summary-dob',
  caseReference: 'case-summary-reference',
  legalStatus: 'case-summary-legal-status',
  allocatedWorker: 'case-summary-worker',
} as const;
const TITLE_ID = 'case-summary-title';

const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);

export function EditCaseSummary({ summary, onSaved, onCancel }: EditCaseSummaryProps) {
  const [child, setChild] = useState<ChildFieldValues>({
    childName: summary.childName,
    dateOfBirth: summary.dateOfBirth ?? '',
    caseReference: summary.caseReference ?? '',
  });
  const [legalStatus, setLegalStatus] = useState(summary.legalStatus ?? '');
  const [allocatedWorker, setAllocatedWorker] = useState(summary.allocatedWorker ?? '');
  const { errors, busy, save } = useFormSave(IDS);
  const [today] = useState(todayIsoDate);
  const nameRef = useRef<HTMLInputElement>(null);
  const dobRef = useRef<HTMLInputElement>(null);

  useFocusOnOpen(nameRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    await save(
      childFieldErrors(child, IDS, dobRef.current?.validity.badInput ?? false, today),
      () =>
        call('updateCase', {
          caseId: summary.id,
          childName: child.childName,
          dateOfBirth: child.dateOfBirth === '' ? null : child.dateOfBirth,
          caseReference: blankToNull(child.caseReference),
          legalStatus: blankToNull(legalStatus),
          allocatedWorker: blankToNull(allocatedWorker),
        }),
      onSaved,
    );
  };

  return (
    <Modal labelledBy={TITLE_ID} onEscape={onCancel} className="case-summary-dialog">
      <h2 id={TITLE_ID} className="modal__title">
        Edit case summary
      </h2>
      <p className="modal__intro">Only the child's name is needed. An emptied field is cleared.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ChildFields
          ids={IDS}
          values={child}
          onChange={(field, value) => setChild((c) => ({ ...c, [field]: value }))}
          errors={errors}
          today={today}
          nameRef={nameRef}
          dobRef={dobRef}
        />
        <TextField
          id={IDS.legalStatus}
          label="Legal status"
          hint="In your own words, for example “Child protection plan (neglect) since 3 March 2026”. Optional."
          value={legalStatus}
          onChange={setLegalStatus}
          error={errorFor(errors, IDS.legalStatus)}
          width="full"
          spellCheck
        />
        <TextField
          id={IDS.allocatedWorker}
          label="Allocated worker"
          hint="Optional"
          value={allocatedWorker}
          onChange={setAllocatedWorker}
          error={errorFor(errors, IDS.allocatedWorker)}
          width="m"
        />
        <SubmitOrCancel submitLabel="Save summary" busy={busy} onCancel={onCancel} />
      </form>
    </Modal>
  );
}
