/**
 * Advisory timescales as a repository (docs/timescales.md): the rule pack in use, each child's
 * statuses and planned dates, reminder decisions, the nation for bank holidays, and what is due.
 * One per unlocked session, on its store. Request shapes were checked at the boundary
 * (preload/contract/timescales.ts); what needs the store, the pack or today is checked here. The
 * handlers add the audit entries, in the same transaction.
 */
import type { CaseStatus, DueOverview, PlannedEvent, RulePackSummary } from '../../preload/contract/timescales';
import type { Nation } from '../../preload/contract/timescale-options';
import { ukDateTime } from '../chronology/uk-time';
import { AppError } from '../shared/app-error';
import type { StoreDatabase } from '../store/open-store';
import { CaseFactsReader } from './case-facts-reader';
import { CaseStatusStore, type StoredStatus } from './case-status-store';
import { dueOverview } from './due-overview';
import { PlannedEventStore, type StoredPlannedEvent } from './planned-event-store';
import { ReminderDecisionStore, type NewDecision } from './reminder-decision-store';
import { readRulePack } from './rule-pack-import';
import type { RulePackFile } from './rule-pack-schema';
import { RulePackStore } from './rule-pack-store';
import { TeamSettingsStore } from './team-settings-store';
import { checkDate, checkEndDate, checkItemKey, checkSnoozeUntil, packEvent, packStatus, requirePack } from './timescale-checks';

export interface StatusEdit {
  startedOn: string;
  endedOn: string | null;
  permanent: boolean | null;
}

const CASE_NOT_FOUND = () => new AppError('NOT_FOUND', 'That case could not be found.');
const STATUS_NOT_FOUND = () => new AppError('NOT_FOUND', 'That status could not be found. It may have been entered on another device.');
const PLANNED_NOT_FOUND = () => new AppError('NOT_FOUND', 'That planned date could not be found.');

export class TimescaleRepository {
  readonly statuses: CaseStatusStore;
  readonly planned: PlannedEventStore;
  readonly decisions: ReminderDecisionStore;
  readonly packs: RulePackStore;
  readonly settings: TeamSettingsStore;
  readonly facts: CaseFactsReader;
  private readonly caseExists;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: () => Date,
  ) {
    this.statuses = new CaseStatusStore(db, now);
    this.planned = new PlannedEventStore(db, now);
    this.decisions = new ReminderDecisionStore(db, now);
    this.packs = new RulePackStore(db, now);
    this.settings = new TeamSettingsStore(db);
    this.facts = new CaseFactsReader(db);
    this.caseExists = db.prepare<[string], number>('SELECT 1 FROM cases WHERE id = ?').pluck();
  }

  /** Today as a UK calendar date: the day the rules count from. */
  today(): string {
    return ukDateTime(this.now()).date;
  }

  requireCase(caseId: string): void {
    if (!this.caseExists.get(caseId)) throw CASE_NOT_FOUND();
  }

  /** What is due, overdue and recently met across the caseload, or for one child. */
  due(caseId?: string): DueOverview {
    if (caseId !== undefined) this.requireCase(caseId);
    return this.db.transaction(() => dueOverview(this, this.today(), caseId))();
  }

  // ---- rule pack and nation --------------------------------------------------------------------------

  activePack(): RulePackSummary | null {
    return this.packs.active()?.summary ?? null;
  }

  /** Checks the file (TeamFileError's problems become one INVALID_REQUEST) and makes it the pack in use. */
  importPack(fileName: string, text: string): { summary: RulePackSummary; pack: RulePackFile } {
    const { displayName, pack } = readRulePack(fileName, text);
    const { summary } = this.packs.record(displayName, text, pack);
    return { summary, pack };
  }

  nation(): Nation {
    return this.settings.nation();
  }

  setNation(nation: Nation): void {
    this.settings.setNation(nation);
  }

  // ---- statuses --------------------------------------------------------------------------------------

  listStatuses(caseId: string): CaseStatus[] {
    this.requireCase(caseId);
    return this.statuses.listForCase(caseId).map((s) => this.labelStatus(s));
  }

  addStatus(caseId: string, status: string, startedOn: string, permanent: boolean | null): CaseStatus {
    this.requireCase(caseId);
    const active = requirePack(this.packs.active(), 'status');
    const definition = packStatus(active, status);
    checkDate(startedOn, this.today(), 'startedOn', 'The start date');
    // "Intended to last until 18" only means something where the pack has a longer interval for it.
    return this.labelStatus(this.statuses.add(caseId, status, startedOn, definition.permanence ? permanent : null));
  }

  endStatus(statusId: string, endedOn: string): CaseStatus {
    const current = this.statuses.get(statusId) ?? throwIt(STATUS_NOT_FOUND());
    checkEndDate(endedOn, current.startedOn, this.today());
    return this.labelStatus(this.statuses.end(statusId, endedOn));
  }

  /** Corrects a status entered by mistake; its kind stays (a different status is a new entry). */
  updateStatus(statusId: string, edit: StatusEdit): CaseStatus {
    const current = this.statuses.get(statusId) ?? throwIt(STATUS_NOT_FOUND());
    const today = this.today();
    checkDate(edit.startedOn, today, 'startedOn', 'The start date');
    if (edit.endedOn !== null) checkEndDate(edit.endedOn, edit.startedOn, today);
    const definition = this.packs.active()?.pack.statuses.find((s) => s.id === current.status);
    return this.labelStatus(this.statuses.update(statusId, { ...edit, permanent: definition?.permanence ? edit.permanent : null }));
  }

  // ---- planned events --------------------------------------------------------------------------------

  listPlanned(caseId: string): PlannedEvent[] {
    this.requireCase(caseId);
    return this.planned.listForCase(caseId).map((p) => this.labelPlanned(p));
  }

  addPlanned(caseId: string, event: string, plannedOn: string): PlannedEvent {
    this.requireCase(caseId);
    const active = requirePack(this.packs.active(), 'event');
    packEvent(active, event);
    checkDate(plannedOn, this.today(), 'plannedOn', 'The date');
    return this.labelPlanned(this.planned.add(caseId, event, plannedOn));
  }

  cancelPlanned(plannedEventId: string): PlannedEvent {
    if (!this.planned.get(plannedEventId)) throw PLANNED_NOT_FOUND();
    return this.labelPlanned(this.planned.cancel(plannedEventId));
  }

  // ---- reminder decisions ----------------------------------------------------------------------------

  decide(decision: NewDecision): void {
    this.requireCase(decision.caseId);
    checkItemKey(decision.itemKey, decision.caseId);
    if (decision.decision === 'snoozed') checkSnoozeUntil(decision.untilOn ?? '', this.today());
    // Only a snooze has an end: "not applicable" and "reopened" hold until the next decision.
    this.decisions.append({ ...decision, untilOn: decision.decision === 'snoozed' ? decision.untilOn : null });
  }

  // ---- labels from the pack in use (its id when the pack no longer has it) ---------------------------

  private labelStatus(status: StoredStatus): CaseStatus {
    const label = this.packs.active()?.pack.statuses.find((s) => s.id === status.status)?.label ?? status.status;
    return { ...status, label };
  }

  private labelPlanned(planned: StoredPlannedEvent): PlannedEvent {
    const label = this.packs.active()?.pack.events.find((e) => e.id === planned.event)?.label ?? planned.event;
    return { ...planned, label };
  }
}

function throwIt(error: AppError): never {
  throw error;
}
