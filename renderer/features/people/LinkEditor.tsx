/**
 * A person's relationship to one child, inside "Edit": change it, add it (for a child of the group
 * they are not linked to yet), or remove it. Removing a link keeps the person and every note that
 * mentions them; only the tie to this child goes.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { Person, PersonLink } from '../../../preload/contract/people';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { submitOnEnter } from '../../ui/form-keys';
import { LinkAnswersFields, relationshipFieldId } from './LinkAnswersFields';
import { linkRequest, NO_ANSWERS, type LinkAnswers } from './person-form';

interface LinkEditorProps {
  person: Person;
  child: { caseId: string; childName: string };
  link: PersonLink | undefined;
  onChanged: (person: Person, message: string) => void;
}

export function LinkEditor({ person, child, link, onChanged }: LinkEditorProps) {
  const idPrefix = `edit-link-${child.caseId}`;
  const headingId = `${idPrefix}-heading`;
  const relationshipId = relationshipFieldId(idPrefix);
  const [answers, setAnswers] = useState<LinkAnswers>(() =>
    link ? { relationship: link.relationship, parentalResponsibility: link.parentalResponsibility, livesWithChild: link.livesWithChild } : NO_ANSWERS,
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (answers.relationship === '') {
      setErrors([{ fieldId: relationshipId, message: `Choose how ${person.fullName} is related to ${child.childName}` }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    const result = await call('setRelationship', {
      personId: person.id,
      ...linkRequest(child.caseId, { ...answers, relationship: answers.relationship }),
    });
    setBusy(false);
    if (result.ok) onChanged(result.value, link ? `Relationship to ${child.childName} saved` : `Linked to ${child.childName}`);
    else setErrors(formErrorsFromApi(result.error, { relationship: relationshipId }));
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    const result = await call('removeRelationship', { personId: person.id, caseId: child.caseId });
    setBusy(false);
    if (result.ok) {
      setAnswers(NO_ANSWERS);
      onChanged(result.value, `Link to ${child.childName} removed`);
      // The remove button has gone: focus stays in this child's part of the form, on "Link to …".
      submitRef.current?.focus();
    } else setErrors(formErrorsFromApi(result.error));
  };

  return (
    <section className="link-editor" aria-labelledby={headingId}>
      <h3 id={headingId} className="link-editor__heading">
        {child.childName}
        {link ? null : <span className="muted"> (not linked)</span>}
      </h3>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void save(event)} onKeyDown={submitOnEnter}>
        <LinkAnswersFields
          idPrefix={idPrefix}
          childName={child.childName}
          answers={answers}
          onChange={setAnswers}
          error={errorFor(errors, relationshipId)}
        />
        <div className="button-group">
          <Button ref={submitRef} type="submit" variant="secondary" unavailable={busy}>
            {link ? `Save relationship to ${child.childName}` : `Link to ${child.childName}`}
          </Button>
          {link ? (
            <Button variant="link" unavailable={busy} onClick={() => void remove()}>
              Remove link to {child.childName}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
