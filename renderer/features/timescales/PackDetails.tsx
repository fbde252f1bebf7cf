/**
 * The pack in use, as the team wrote it: which file and revision, when it was imported, and every rule
 * in words with its source, so a manager can check the values against local procedures without
 * opening the file.
 */
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
      <h4 id="pack-rules-heading" className="rule-pack__heading">
        Rules ({pack.rules.length})
      </h4>
      <ul className="rule-pack__rules" aria-labelledby="pack-rules-heading">
        {pack.rules.map((rule) => (
          <li key={rule.id}>
            <strong>{rule.label}</strong>: {rule.text}
          </li>
        ))}
      </ul>
      <h4 id="pack-statuses-heading" className="rule-pack__heading">
        Statuses
      </h4>
      <ul className="rule-pack__list" aria-labelledby="pack-statuses-heading">
        {pack.statuses.map((s) => (
          <li key={s.id}>
            {s.label}
            {s.permanence ? <span className="muted"> (asks whether a placement is permanent)</span> : null}
          </li>
        ))}
      </ul>
      <h4 id="pack-events-heading" className="rule-pack__heading">
        Events
      </h4>
      <ul className="rule-pack__list" aria-labelledby="pack-events-heading">
        {pack.events.map((e) => (
          <li key={e.id}>
            {e.label}
            {e.contactTypes.length > 0 ? <span className="muted"> (recognised from notes of type {e.contactTypes.map(labelOf).join(' or ')})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
