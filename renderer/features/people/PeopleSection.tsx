import type { Person } from '../../../preload/contract/people';
import { PersonCard } from './PersonCard';
import { groupPeople } from './person-labels';

interface PeopleSectionProps {
  people: readonly Person[];
  onEdit: (person: Person) => void;
}

function Group({ id, title, empty, people, onEdit }: { id: string; title: string; empty: string } & PeopleSectionProps) {
  return (
    <section className="family-part" aria-labelledby={id}>
      <h3 id={id} className="family-part__heading">
        {title}
      </h3>
      {people.length === 0 ? (
        <p className="body muted">{empty}</p>
      ) : (
        <ul className="person-list" aria-labelledby={id}>
          {people.map((person) => (
            <PersonCard key={person.id} person={person} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Everyone around the children, family and carers apart from professionals (as a conference reads them). */
export function PeopleSection({ people, onEdit }: PeopleSectionProps) {
  const { family, professionals } = groupPeople(people);
  return (
    <>
      <Group id="family-carers-heading" title="Family and carers" empty="No family members or carers recorded yet." people={family} onEdit={onEdit} />
      <Group id="professionals-heading" title="Professionals" empty="No professionals recorded yet." people={professionals} onEdit={onEdit} />
    </>
  );
}
