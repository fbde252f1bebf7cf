import type { ReactNode } from 'react';
import type { Person } from '../../../preload/contract/people';
import { formatCalendarDate } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { NotRecorded, SummaryList, type SummaryRow } from '../../ui/SummaryList';
import { isProfessional, perChildAnswer, relationshipText } from './person-labels';

interface PersonCardProps {
  person: Person;
  onEdit: (person: Person) => void;
}

const orNotRecorded = (value: string | null): ReactNode => value ?? <NotRecorded />;

/**
 * One person on the family panel. Professionals show how to reach them; family and carers show
 * parental responsibility and who they live with, and contact details only where recorded.
 */
export function PersonCard({ person, onEdit }: PersonCardProps) {
  const headingId = `person-${person.id}`;
  const rows: SummaryRow[] = [{ key: 'Relationship', value: relationshipText(person.links) }];
  if (isProfessional(person)) {
    rows.push(
      { key: 'Role', value: orNotRecorded(person.role) },
      { key: 'Agency', value: orNotRecorded(person.agency) },
      { key: 'Phone', value: orNotRecorded(person.phone) },
      { key: 'Email', value: orNotRecorded(person.email) },
    );
  } else {
    rows.push(
      { key: 'Parental responsibility', value: perChildAnswer(person.links, (l) => l.parentalResponsibility) },
      { key: 'Lives with child', value: perChildAnswer(person.links, (l) => l.livesWithChild) },
    );
    if (person.dateOfBirth) rows.push({ key: 'Date of birth', value: formatCalendarDate(person.dateOfBirth) });
    if (person.role) rows.push({ key: 'Role', value: person.role });
    if (person.agency) rows.push({ key: 'Agency', value: person.agency });
    if (person.phone) rows.push({ key: 'Phone', value: person.phone });
    if (person.email) rows.push({ key: 'Email', value: person.email });
  }
  if (person.address) rows.push({ key: 'Address', value: person.address });

  return (
    <li className="person-card" aria-labelledby={headingId}>
      <div className="person-card__title-row">
        <h4 id={headingId} className="person-card__name">
          {person.fullName}
        </h4>
        <Button variant="link" onClick={() => onEdit(person)}>
          Edit<span className="visually-hidden"> {person.fullName}</span>
        </Button>
      </div>
      <SummaryList rows={rows} />
    </li>
  );
}
