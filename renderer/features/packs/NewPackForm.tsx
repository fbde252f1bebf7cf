/**
 * "Start a new pack": which children (the family group, all ticked), the period (the last six months
 * by default) and the kind of conference. Main drafts the pack from the records and it opens.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONFERENCE_TYPE_LABELS, CONFERENCE_TYPES, type ConferenceType } from '../../../preload/contract/pack-options';
import type { FamilyChild } from '../../../preload/contract/people';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, type FormError } from '../../ui/form-errors';
import { useFormSave } from '../../ui/useFormSave';
import { TextField } from '../../ui/TextField';
import { ChoiceGroup } from './ChoiceGroup';
import { lastSixMonths } from './pack-text';

interface NewPackFormProps {
  caseId: string;
  family: readonly FamilyChild[];
  onDrafted: (packId: string) => void;
  onCancel: () => void;
}

const IDS = { children: 'new-pack-child', from: 'new-pack-from', to: 'new-pack-to', type: 'new-pack-type' } as const;

export function NewPackForm({ caseId, family, onDrafted, onCancel }: NewPackFormProps) {
  const [childIds, setChildIds] = useState(() => family.map((c) => c.caseId));
  const [period, setPeriod] = useState(lastSixMonths);
  const [type, setType] = useState<ConferenceType | null>(null);
  const firstRef = useRef<HTMLDivElement>(null);
  const firstChildId = `${IDS.children}-${family[0]?.caseId ?? ''}`;
  const { errors, busy, save } = useFormSave({ childIds: firstChildId, from: IDS.from, to: IDS.to, conferenceType: `${IDS.type}-initial` });

  useEffect(() => firstRef.current?.querySelector('input')?.focus(), []);

  const check = (): FormError[] => {
    const found: FormError[] = [];
    if (childIds.length === 0) found.push({ fieldId: firstChildId, message: 'Choose at least one child' });
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(period.from)) found.push({ fieldId: IDS.from, message: 'Enter the date the period starts' });
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(period.to)) found.push({ fieldId: IDS.to, message: 'Enter the date the period ends' });
    else if (period.from > period.to) found.push({ fieldId: IDS.to, message: 'The period must end on or after the day it starts' });
    if (!type) found.push({ fieldId: `${IDS.type}-initial`, message: 'Choose the kind of conference' });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ordered = family.map((c) => c.caseId).filter((id) => childIds.includes(id));
    // check() finds a missing type, and save() then asks nothing.
    await save(check(), () => call('draftPack', { caseId, childIds: ordered, from: period.from, to: period.to, conferenceType: type! }), (pack) => onDrafted(pack.id));
  };

  return (
    <section className="panel pack-new" aria-labelledby="new-pack-heading">
      <h2 id="new-pack-heading" className="section-heading">
        Start a new pack
      </h2>
      <p className="body">The pack is drafted from the records: you can change everything in it before exporting.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div ref={firstRef}>
          <ChoiceGroup
            type="checkbox"
            id={IDS.children}
            legend="Children"
            options={family.map((c) => ({ value: c.caseId, label: c.childName, checked: childIds.includes(c.caseId) }))}
            onChange={(id, on) => setChildIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))}
            error={errorFor(errors, firstChildId)}
          />
        </div>
        <fieldset className="field pack-period">
          <legend className="field__label">Period</legend>
          <div className="pack-period__dates">
            <TextField id={IDS.from} label="From" type="date" width="m" value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} error={errorFor(errors, IDS.from)} />
            <TextField id={IDS.to} label="To" type="date" width="m" value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} error={errorFor(errors, IDS.to)} />
          </div>
        </fieldset>
        <ChoiceGroup
          type="radio"
          id={IDS.type}
          legend="Conference"
          options={CONFERENCE_TYPES.map((t) => ({ value: t, label: CONFERENCE_TYPE_LABELS[t], checked: type === t }))}
          onChange={(value) => setType(value as ConferenceType)}
          error={errorFor(errors, `${IDS.type}-initial`)}
        />
        <div className="button-group">
          <Button type="submit" unavailable={busy}>
            Draft the pack
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
