/**
 * One reminder: whose, which rule, the date, the evidence from the record (with the note it came from),
 * the rule in words on request, any decision with its reason, and what can be done about it. Every
 * button's name carries the rule and child after its visible words, so a screen reader tabbing through
 * a long list hears which reminder "Snooze…" belongs to.
 */
import type { DueItem } from '../../../preload/contract/timescales';
import { DUE_STATE_LABELS, type ReminderDecision } from '../../../preload/contract/timescale-options';
import { cx } from '../../lib/cx';
import { formatDateTime } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { dayWords, decisionWords, relativeDayWords } from './due-dates';
import { isOpen, isPutAside } from './due-groups';

interface DueItemRowProps {
  item: DueItem;
  /** Main's today, for "3 days ago". */
  today: string;
  /** Across the caseload the child is named (and opens the case); on a child's own page it is not. */
  onOpenCase?: (caseId: string) => void;
  onOpenNote?: (noteId: string, caseId: string) => void;
  onDecide: (item: DueItem, decision: ReminderDecision) => void;
}

/** The key in a data attribute, so focus can find the row again after it moved section. */
export const dueRowSelector = (key: string) => `[data-due-key="${CSS.escape(key)}"]`;

function dueWords(item: DueItem, today: string): string {
  const when = `${dayWords(item.dueOn)} (${relativeDayWords(today, item.dueOn)})`;
  return item.state === 'met' ? `Was due by ${dayWords(item.dueOn)}` : `Due by ${when}`;
}

export function DueItemRow({ item, today, onOpenCase, onOpenNote, onDecide }: DueItemRowProps) {
  const context = <span className="visually-hidden"> ({item.ruleLabel}, {item.childName})</span>;
  return (
    <li className={cx('due-item', `due-item--${item.state}`)} data-due-key={item.key} tabIndex={-1}>
      <div className="due-item__main">
        <p className="due-item__title">
          <strong className={cx('due-tag', `due-tag--${item.state}`)}>{DUE_STATE_LABELS[item.state]}</strong>{' '}
          {onOpenCase ? (
            <>
              <button type="button" className="link-button due-item__child" onClick={() => onOpenCase(item.caseId)}>
                {item.childName}
              </button>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
            </>
          ) : null}
          <span className="due-item__rule">{item.ruleLabel}</span>
        </p>
        <p className="due-item__date">{dueWords(item, today)}</p>
        <p className="due-item__evidence">
          {item.evidence}
          {item.evidenceNoteId && onOpenNote ? (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => onOpenNote(item.evidenceNoteId!, item.caseId)}>
                Open the note{context}
              </button>
            </>
          ) : null}
        </p>
        {item.notSeenAlone ? (
          <p className="due-item__advice">Seen, not alone. The rule expects the child to be seen alone where that is possible.</p>
        ) : null}
        {item.decision ? (
          <p className="due-item__decision">
            {decisionWords(item.decision, item.state)}: {item.decision.reason}{' '}
            <span className="muted">({formatDateTime(item.decision.decidedAt)})</span>
          </p>
        ) : null}
        <details className="due-item__rule-text">
          <summary>The rule in words</summary>
          <p>{item.ruleText}</p>
        </details>
      </div>
      <div className="due-item__actions">
        {isOpen(item.state) ? (
          <>
            <Button variant="secondary" className="button--small" onClick={() => onDecide(item, 'snoozed')}>
              Snooze…{context}
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => onDecide(item, 'not-applicable')}>
              Not applicable…{context}
            </Button>
          </>
        ) : null}
        {isPutAside(item.state) ? (
          <Button variant="secondary" className="button--small" onClick={() => onDecide(item, 'reopened')}>
            Reopen…{context}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
