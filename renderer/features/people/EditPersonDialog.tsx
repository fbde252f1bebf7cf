/**
 * "Edit" for one person: their details, and their relationship to each child of the family group
 * (and to any other child they are linked to). Each part saves on its own, so changing one child's
 * answer never resends the rest.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../preload/contract/people';
import { call } from '../../api';
import { todayIsoDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';
import { submitOnEnter } from '../../ui/form-keys';
import { useFormSave } from '../../ui/useFormSave';
import { TitledModal } from '../../ui/TitledModal';
import { useFocusOnOpen } from '../../ui/useFocusOnOpen';
import { LinkEditor } from './LinkEditor';
import { detailIds, detailsErrors, detailsOf, detailsRequest, type DetailsField } from './person-form';
import { PersonDetailsFields } from './PersonDetailsFields';

interface EditPersonDialogProps {
  person: Person;
  /** The children of the family group, this child first. */
  groupChildren: ReadonlyArray<{ caseId: string; childName: string }>;
  onChanged: (person: Person) => void;
  onClose: () => void;
}

const PREFIX = 'edit-person';
const IDS = detailIds(PREFIX);
const TITLE_ID = `${PREFIX}-title`;

export function EditPersonDialog({ person: initial, groupChildren, onChanged, onClose }: EditPersonDialogProps) {
  const [person, setPerson] = useState(initial);
  const [details, setDetails] = useState(() => detailsOf(initial));
  const { errors, busy, save } = useFormSave(IDS);
  const [today] = useState(todayIsoDate);
  const { status, announce } = useStatus();
  const nameRef = useRef<HTMLInputElement>(null);
  const dobRef = useRef<HTMLInputElement>(null);

  useFocusOnOpen(nameRef);

  const changed = (next: Person, message: string) => {
    setPerson(next);
    onChanged(next);
    announce(message);
  };

  const saveDetails = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = detailsErrors(details, IDS, dobRef.current?.validity.badInput ?? false, today);
    await save(problems, () => call('updatePerson', { personId: person.id, ...detailsRequest(details) }), (next) => changed(next, 'Details saved'));
  };

  // Children of the group first, then any other child this person is (or was, when the dialog opened)
  // linked to, e.g. a professional's other families: every link can be seen and removed from here,
  // and a removed one stays on screen so focus has somewhere to stay.
  const seen = new Set(groupChildren.map((c) => c.caseId));
  const children = [...groupChildren];
  for (const link of [...initial.links, ...person.links]) {
    if (seen.has(link.caseId)) continue;
    seen.add(link.caseId);
    children.push({ caseId: link.caseId, childName: link.childName });
  }

  return (
    <TitledModal titleId={TITLE_ID} title={`Edit ${person.fullName}`} className="person-dialog" onEscape={onClose}>
      <LiveStatus status={status} tone="success" className="status--inline" />
      <section aria-labelledby={`${PREFIX}-details-heading`}>
        <h3 id={`${PREFIX}-details-heading`} className="link-editor__heading">
          Details
        </h3>
        <ErrorSummary errors={errors} />
        <form noValidate onSubmit={(event) => void saveDetails(event)} onKeyDown={submitOnEnter}>
          <PersonDetailsFields
            ids={IDS}
            details={details}
            onChange={(field: DetailsField, value: string) => setDetails((d) => ({ ...d, [field]: value }))}
            errors={errors}
            today={today}
            nameRef={nameRef}
            dobRef={dobRef}
          />
          <div className="button-group">
            <Button type="submit" variant="secondary" unavailable={busy}>
              Save details
            </Button>
          </div>
        </form>
      </section>
      {children.map((child) => (
        <LinkEditor
          key={child.caseId}
          person={person}
          child={child}
          link={person.links.find((l) => l.caseId === child.caseId)}
          onChanged={changed}
        />
      ))}
      <div className="button-group person-dialog__close">
        <Button onClick={onClose}>Done</Button>
      </div>
    </TitledModal>
  );
}
