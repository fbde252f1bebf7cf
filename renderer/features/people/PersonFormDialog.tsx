/**
 * "Add a person": a parent, carer, relative or professional, linked straight away to one or more
 * children of the family group with the same relationship (the usual case: a mother of three). Also
 * opened from the note box when an @name matches nobody; with no child to link it creates the person
 * alone and asks nothing about relationships. Only the name (and, to link, the relationship) is required.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../preload/contract/people';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { submitOnEnter } from '../../ui/form-keys';
import { TitledModal } from '../../ui/TitledModal';
import { LinkAnswersFields, relationshipFieldId } from './LinkAnswersFields';
import { detailIds, detailsErrors, detailsRequest, emptyDetails, linkRequest, NO_ANSWERS, type DetailsField, type LinkAnswers } from './person-form';
import { PersonDetailsFields } from './PersonDetailsFields';

export interface PersonFormDialogProps {
  initialName: string;
  /** The children to link: the first is the one the form is about; the others are offered, ticked. */
  linkTo: ReadonlyArray<{ caseId: string; childName: string }>;
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

const PREFIX = 'add-person';
const IDS = detailIds(PREFIX);
const TITLE_ID = `${PREFIX}-title`;
const RELATIONSHIP_ID = relationshipFieldId(PREFIX);

export function PersonFormDialog({ initialName, linkTo, onCreated, onCancel }: PersonFormDialogProps) {
  const [details, setDetails] = useState(() => emptyDetails(initialName));
  const [answers, setAnswers] = useState<LinkAnswers>(NO_ANSWERS);
  const [alsoUnticked, setAlsoUnticked] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [today] = useState(todayIsoDate);
  const nameRef = useRef<HTMLInputElement>(null);
  const dobRef = useRef<HTMLInputElement>(null);
  const [primary, ...others] = linkTo;

  useEffect(() => {
    const input = nameRef.current;
    input?.focus();
    // The cursor goes after a name carried over from an @mention, ready to finish it.
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const setField = (field: DetailsField, value: string) => setDetails((d) => ({ ...d, [field]: value }));
  const toggleOther = (caseId: string, checked: boolean) =>
    setAlsoUnticked((current) => {
      const next = new Set(current);
      if (checked) next.delete(caseId);
      else next.add(caseId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = detailsErrors(details, IDS, dobRef.current?.validity.badInput ?? false, today);
    if (primary && answers.relationship === '') {
      const who = details.fullName.trim() === '' ? 'this person' : details.fullName.trim();
      problems.push({ fieldId: RELATIONSHIP_ID, message: `Choose how ${who} is related to ${primary.childName}` });
    }
    setErrors(problems);
    if (problems.length > 0) return;
    const relationship = answers.relationship === '' ? null : answers.relationship;
    const children = primary ? [primary, ...others.filter((c) => !alsoUnticked.has(c.caseId))] : [];
    setBusy(true);
    const result = await call('createPerson', {
      ...detailsRequest(details),
      links: relationship ? children.map((c) => linkRequest(c.caseId, { ...answers, relationship })) : [],
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setErrors(formErrorsFromApi(result.error, { ...IDS, links: RELATIONSHIP_ID }));
  };

  return (
    <TitledModal titleId={TITLE_ID} title="Add a person" className="person-dialog" onEscape={onCancel}>
      <p className="modal__intro">
        {primary ? 'Only the name and relationship are needed.' : 'Only the name is needed.'} Anything else can be added later.
      </p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter}>
        <PersonDetailsFields
          ids={IDS}
          details={details}
          onChange={setField}
          errors={errors}
          today={today}
          nameRef={nameRef}
          dobRef={dobRef}
          afterName={
            primary ? (
              <>
                <LinkAnswersFields
                  idPrefix={PREFIX}
                  childName={primary.childName}
                  answers={answers}
                  onChange={setAnswers}
                  error={errorFor(errors, RELATIONSHIP_ID)}
                />
                {others.length > 0 ? (
                  <fieldset className="field also-linked" aria-describedby={`${PREFIX}-also-hint`}>
                    <legend className="field__label">Also linked to</legend>
                    <p id={`${PREFIX}-also-hint`} className="field__hint">With the same relationship. You can change it for each child afterwards.</p>
                    {others.map((child) => (
                      <Checkbox
                        key={child.caseId}
                        id={`${PREFIX}-also-${child.caseId}`}
                        label={child.childName}
                        checked={!alsoUnticked.has(child.caseId)}
                        onChange={(checked) => toggleOther(child.caseId, checked)}
                      />
                    ))}
                  </fieldset>
                ) : null}
              </>
            ) : null
          }
        />
        <SubmitOrCancel submitLabel="Add person" busy={busy} onCancel={onCancel} />
      </form>
    </TitledModal>
  );
}
