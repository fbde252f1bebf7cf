/**
 * "Family and network" on a child's case: the children of the family group and everyone around
 * them, with the dialogs that change them. People are shared across the group, so a mother added
 * on one child's case appears on her other children's cases too.
 */
import { useState } from 'react';
import type { Person } from '../../../preload/contract/people';
import { Button } from '../../ui/Button';
import { LoadFailed } from '../../ui/LoadFailed';
import { LiveStatus } from '../../ui/LiveStatus';
import { useStatus } from '../../ui/useStatus';
import { AddSiblingDialog } from './AddSiblingDialog';
import { EditPersonDialog } from './EditPersonDialog';
import { FamilyChildren } from './FamilyChildren';
import { LeaveGroupDialog } from './LeaveGroupDialog';
import { PeopleSection } from './PeopleSection';
import { PersonFormDialog } from './PersonFormDialog';
import { useFamily } from './useFamily';

interface FamilyPanelProps {
  caseId: string;
  /** Changes when the case summary was edited (the child's name may have changed). */
  refreshKey: number;
  onOpenCase: (caseId: string) => void;
}

type Open = { name: 'none' } | { name: 'add-sibling' } | { name: 'leave' } | { name: 'add-person' } | { name: 'edit'; person: Person };

export function FamilyPanel({ caseId, refreshKey, onOpenCase }: FamilyPanelProps) {
  const { load, reload, replace } = useFamily(caseId, refreshKey);
  const [open, setOpen] = useState<Open>({ name: 'none' });
  const { status, announce } = useStatus();
  const close = () => setOpen({ name: 'none' });

  const heading = (
    <h2 id="family-heading" className="section-heading">
      Family and network
    </h2>
  );
  if (load.state !== 'loaded') {
    return (
      <section className="section family-panel" aria-labelledby="family-heading">
        {heading}
        {load.state === 'loading' ? <p className="body muted">Loading the family…</p> : null}
        {load.state === 'failed' ? <LoadFailed message={load.message} onRetry={reload} /> : null}
      </section>
    );
  }

  const { children, people } = load.value;
  const self = children.find((c) => c.caseId === caseId);
  const childName = self?.childName ?? 'this child';
  const siblingNames = children.filter((c) => c.caseId !== caseId).map((c) => c.childName);

  return (
    <section className="section family-panel" aria-labelledby="family-heading">
      {heading}
      <LiveStatus status={status} tone="success" className="status--inline" />
      <FamilyChildren
        caseId={caseId}
        members={children}
        onOpenCase={onOpenCase}
        onAddSibling={() => setOpen({ name: 'add-sibling' })}
        onLeaveGroup={() => setOpen({ name: 'leave' })}
      />
      <PeopleSection people={people} onEdit={(person) => setOpen({ name: 'edit', person })} />
      <div className="button-group">
        <Button variant="secondary" onClick={() => setOpen({ name: 'add-person' })}>
          Add a person
        </Button>
      </div>

      {open.name === 'add-sibling' ? (
        <AddSiblingDialog
          caseId={caseId}
          childName={childName}
          groupCaseIds={children.map((c) => c.caseId)}
          onAdded={(family, siblingName) => {
            replace(family);
            close();
            announce(`${siblingName} added to the family group`);
          }}
          onCancel={close}
        />
      ) : null}
      {open.name === 'leave' ? (
        <LeaveGroupDialog
          caseId={caseId}
          childName={childName}
          siblingNames={siblingNames}
          onLeft={() => {
            close();
            reload();
            announce(`${childName} removed from the family group`);
          }}
          onCancel={close}
        />
      ) : null}
      {open.name === 'add-person' ? (
        <PersonFormDialog
          initialName=""
          linkTo={children}
          onCreated={(person) => {
            close();
            reload();
            announce(`${person.fullName} added`);
          }}
          onCancel={close}
        />
      ) : null}
      {open.name === 'edit' ? (
        <EditPersonDialog
          key={open.person.id}
          person={open.person}
          groupChildren={children}
          onChanged={reload}
          onClose={close}
        />
      ) : null}
    </section>
  );
}
