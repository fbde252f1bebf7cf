/**
 * The pack in use, as the team wrote it: which file and revision, when it was imported, and every rule
 * in words with its source, so a manager can check the values against local procedures without
 * opening the file.
 */
import type { ReactNode } from 'react';
import type { RulePackSummary } from '../../../preload/contract/timescales';
import { formatDateTime } from '../../lib/dates';
import { SummaryList } from '../../ui/SummaryList';
import { useContactTypes } from '../contact-types/ContactTypesProvider';

export function PackDetails({ pack }: { pack: RulePackSummary }) {
  const { labelOf } = useContactTypes();
  return (
    <div className="rule-pack">
      <SummaryList
        rows={[
          { key: 'Pack in use', value: pack.name },
          { key: 'Revision', value: String(pack.revision) },
          { key: 'File', value: <code>{pack.fileName}</code> },
          { key: 'Imported', value: formatDateTime(pack.importedAt) },
        ]}
      />
      {pack.description ? <p className="body">{pack.description}</p> : null}
      <PackList id="pack-rules" title={`Rules (${pack.rules.length})`} className="rule-pack__rules">
        {pack.rules.map((rule) => (
          <li key={rule.id}>
            <strong>{rule.label}</strong>: {rule.text}
          </li>
        ))}
      </PackList>
      <PackList id="pack-statuses" title="Statuses" className="rule-pack__list">
        {pack.statuses.map((s) => (
          <li key={s.id}>
            {s.label}
            {s.permanence ? <span className="muted"> (asks whether a placement is permanent)</span> : null}
          </li>
        ))}
      </PackList>
      <PackList id="pack-events" title="Events" className="rule-pack__list">
        {pack.events.map((e) => (
          <li key={e.id}>
            {e.label}
            {e.contactTypes.length > 0 ? <span className="muted"> (recognised from notes of type {e.contactTypes.map(labelOf).join(' or ')})</span> : null}
          </li>
        ))}
      </PackList>
    </div>
  );
}

/** One part of the pack (its rules, statuses or events): a heading, and the list it names. */
function PackList({ id, title, className, children }: { id: string; title: string; className: string; children: ReactNode }) {
  return (
    <>
      <h4 id={`${id}-heading`} className="rule-pack__heading">
        {title}
      </h4>
      <ul className={className} aria-labelledby={`${id}-heading`}>
        {children}
      </ul>
    </>
  );
}
