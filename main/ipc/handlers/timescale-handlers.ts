import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import type { AuditEvent } from '../../audit/audit-log';
import type { NotAddedReason } from '../../contact-types/contact-type-repository';
import { EXAMPLE_PACK_FILE_NAME, EXAMPLE_PACK_TEXT } from '../../timescales/example-pack';
import type { RulePackFile } from '../../timescales/rule-pack-schema';
import type { TimescaleRepository } from '../../timescales/timescale-repository';

type TimescaleChannels =
  | 'getDue'
  | 'listCaseStatuses'
  | 'addCaseStatus'
  | 'endCaseStatus'
  | 'updateCaseStatus'
  | 'listPlannedEvents'
  | 'addPlannedEvent'
  | 'cancelPlannedEvent'
  | 'decideReminder'
  | 'getRulePack'
  | 'importRulePack'
  | 'getExampleRulePack'
  | 'setNation';

const caseUpdated = (caseId: string): AuditEvent => ({ action: 'case-updated', cases: [caseId] });

/**
 * Advisory timescales (docs/timescales.md). A change to a child's statuses or planned dates, and a new
 * rule pack or nation, lands with its audit entry in one transaction. Nothing anywhere else in the app
 * asks these rules for permission: they only ever produce advice.
 */
export function timescaleHandlers(ctx: CoreContext): Pick<Handlers, TimescaleChannels> {
  const repos = () => ctx.session.repositories();
  // A change to one child's statuses or planned dates, and its "case updated" entry, in one transaction.
  const caseChange = <T extends { caseId: string }>(change: (timescales: TimescaleRepository) => T): T => {
    const r = repos();
    return r.atomically(() => {
      const changed = change(r.timescales);
      r.audit.record(caseUpdated(changed.caseId));
      return changed;
    });
  };
  return {
    getDue: ({ caseId }) => repos().timescales.due(caseId),
    listCaseStatuses: ({ caseId }) => repos().timescales.listStatuses(caseId),
    addCaseStatus: ({ caseId, status, startedOn, permanent }) => caseChange((t) => t.addStatus(caseId, status, startedOn, permanent)),
    endCaseStatus: ({ statusId, endedOn }) => caseChange((t) => t.endStatus(statusId, endedOn)),
    updateCaseStatus: ({ statusId, ...edit }) => caseChange((t) => t.updateStatus(statusId, edit)),
    listPlannedEvents: ({ caseId }) => repos().timescales.listPlanned(caseId),
    addPlannedEvent: ({ caseId, event, plannedOn }) => caseChange((t) => t.addPlanned(caseId, event, plannedOn)),
    cancelPlannedEvent: ({ plannedEventId }) => caseChange((t) => t.cancelPlanned(plannedEventId)),
    // The decision, its reason and when are themselves an append-only record (reminder_decisions).
    decideReminder: (decision) => {
      repos().timescales.decide(decision);
      return null;
    },
    getRulePack: () => {
      const { timescales } = repos();
      return { pack: timescales.activePack(), nation: timescales.nation() };
    },
    importRulePack: ({ fileName, text }) => {
      const r = repos();
      return r.atomically(() => {
        const { summary, pack } = r.timescales.importPack(fileName, text);
        // Events are recognised by contact type, so the types they name must be on the team's list.
        const { added, notAdded } = r.contactTypes.addMissing(pack.events.flatMap((e) => e.contactTypes.map((id) => ({ id, label: e.label }))));
        r.audit.record({ action: 'settings-changed', detail: { changed: added.length > 0 ? ['rule pack', 'contact types'] : ['rule pack'] } });
        // Said plainly, so a rule that could never be met does not sit there silently.
        return { ...summary, notices: notAdded.map(({ id, reason }) => contactTypeNotice(id, reason, pack)) };
      });
    },
    getExampleRulePack: () => ({ fileName: EXAMPLE_PACK_FILE_NAME, text: EXAMPLE_PACK_TEXT }),
    setNation: ({ nation }) => {
      const r = repos();
      r.atomically(() => {
        r.timescales.setNation(nation);
        r.audit.record({ action: 'settings-changed', detail: { changed: ['nation for bank holidays'] } });
      });
      return null;
    },
  };
}

const NOT_ADDED_WHY: Record<NotAddedReason, string> = {
  retired: 'your team retired it (Settings → Contact types can bring it back)',
  'tag-in-use': '#%s already means another of your contact types',
  'list-full': 'your list of contact types is full',
  'invalid-id': 'its id is not a valid contact type id',
};

function contactTypeNotice(id: string, reason: NotAddedReason, pack: RulePackFile): string {
  const events = pack.events.filter((e) => e.contactTypes.includes(id)).map((e) => `“${e.label}”`).join(', ');
  const why = NOT_ADDED_WHY[reason].replace('%s', id);
  return `The contact type “${id}” was not added because ${why}, so notes will not count as ${events} until a contact type for it is on your list and named in the pack.`;
}
