/**
 * "Children in the family group": this child and any siblings who have their own case. A sibling's
 * name opens their case, so a worker with a family of three moves between them in one step.
 */
import type { FamilyChild } from '../../../preload/contract/people';
import { ageInYears, formatCalendarDate } from '../../lib/dates';
import { Button } from '../../ui/Button';

interface FamilyChildrenProps {
  caseId: string;
  members: readonly FamilyChild[];
  onOpenCase: (caseId: string) => void;
  onAddSibling: () => void;
  onLeaveGroup: () => void;
}

function born(dateOfBirth: string | null): string {
  if (!dateOfBirth) return 'Date of birth not recorded';
  const age = ageInYears(dateOfBirth);
  return `Born ${formatCalendarDate(dateOfBirth)}${age === null ? '' : ` (age ${age})`}`;
}

export function FamilyChildren({ caseId, members, onOpenCase, onAddSibling, onLeaveGroup }: FamilyChildrenProps) {
  const self = members.find((c) => c.caseId === caseId);
  const siblings = members.filter((c) => c.caseId !== caseId);
  return (
    <section className="family-part" aria-labelledby="family-children-heading">
      <h3 id="family-children-heading" className="family-part__heading">
        Children in the family group
      </h3>
      <ul className="family-children" aria-labelledby="family-children-heading">
        {self ? (
          <li className="family-children__item">
            <span className="family-children__name">{self.childName}</span> <span className="muted">(this child)</span>
            <span className="family-children__born">{born(self.dateOfBirth)}</span>
          </li>
        ) : null}
        {siblings.map((child) => (
          <li key={child.caseId} className="family-children__item">
            <Button variant="link" className="family-children__name" onClick={() => onOpenCase(child.caseId)}>
              {child.childName}
            </Button>
            <span className="family-children__born">{born(child.dateOfBirth)}</span>
          </li>
        ))}
      </ul>
      {siblings.length === 0 ? <p className="body muted">No brothers or sisters with their own case are in the group yet.</p> : null}
      <div className="button-group">
        <Button variant="secondary" onClick={onAddSibling}>
          Add a sibling
        </Button>
        {siblings.length > 0 && self ? (
          <Button variant="secondary" onClick={onLeaveGroup}>
            Remove {self.childName} from family group
          </Button>
        ) : null}
      </div>
    </section>
  );
}
