/**
 * The Due view's answer: today's UK date, the nation, the pack in use and what its rules say about the
 * record. With no pack there is nothing to compute (no reminders until a team chooses its rules).
 */
import type { DueOverview } from '../../preload/contract/timescales';
import type { Nation } from '../../preload/contract/timescale-options';
import { computeDue } from './due-engine';
import type { TimescaleRepository } from './timescale-repository';
import { workingDayCalendar, type WorkingDayCalendar } from './working-days';

// A calendar holds only public bank holidays (no case data), so one per nation serves every session.
const calendars = new Map<Nation, WorkingDayCalendar>();

export function calendarFor(nation: Nation): WorkingDayCalendar {
  let calendar = calendars.get(nation);
  if (!calendar) {
    calendar = workingDayCalendar(nation);
    calendars.set(nation, calendar);
  }
  return calendar;
}

/**
 * The same calendar remembering its answers for one request: across a caseload the same dates come up
 * again and again (visits on the same days, the same "10 working days after"), and counting working
 * days a day at a time was most of the engine's time. Per request, so no dates outlive it.
 */
export function rememberingCalendar(calendar: WorkingDayCalendar): WorkingDayCalendar {
  const after = new Map<string, string>();
  const before = new Map<string, string>();
  const remember = (memo: Map<string, string>, count: (date: string, n: number) => string) => (date: string, n: number) => {
    const key = `${date}|${n}`;
    let answer = memo.get(key);
    if (answer === undefined) {
      answer = count(date, n);
      memo.set(key, answer);
    }
    return answer;
  };
  return {
    nation: calendar.nation,
    isWorkingDay: (date) => calendar.isWorkingDay(date),
    holidayOn: (date) => calendar.holidayOn(date),
    addWorkingDays: remember(after, (date, n) => calendar.addWorkingDays(date, n)),
    subtractWorkingDays: remember(before, (date, n) => calendar.subtractWorkingDays(date, n)),
  };
}

export function dueOverview(timescales: TimescaleRepository, today: string, caseId?: string): DueOverview {
  const nation = timescales.settings.nation();
  const active = timescales.packs.active();
  if (!active) return { today, nation, pack: null, items: [] };
  const items = computeDue(timescales.facts.read(caseId), {
    today,
    calendar: rememberingCalendar(calendarFor(nation)),
    pack: active.pack,
    decisions: timescales.decisions.newestByKey(caseId),
  });
  return { today, nation, pack: active.summary, items };
}
