/**
 * Reads a rule pack file (YAML or JSON) and checks it. Every problem names the file, the field and what
 * is wrong (main/shared/team-file.ts); references between parts are checked once the file's shape is
 * right, so one round of edits fixes as much as possible.
 */
import { duplicateProblems, MAX_PROBLEMS, parseTeamFile, TeamFileError, type TeamFileProblem } from '../shared/team-file';
import { RulePackFile, type Rule } from './rule-pack-schema';

const NOT_A_RULE_PACK = 'this is not a Casework rule pack (it should start with "format: casework-rule-pack").';

export function parseRulePack(fileName: string, text: string): RulePackFile {
  const pack = parseTeamFile(fileName, text, RulePackFile, NOT_A_RULE_PACK);
  const problems = crossReferenceProblems(fileName, pack);
  if (problems.length > 0) throw new TeamFileError(problems.slice(0, MAX_PROBLEMS));
  return pack;
}

/** Ids must be unique and every reference must point at something the pack defines. */
function crossReferenceProblems(file: string, pack: RulePackFile): TeamFileProblem[] {
  const problems: TeamFileProblem[] = [];
  const statuses = new Set(pack.statuses.map((s) => s.id));
  const events = new Set(pack.events.map((e) => e.id));
  duplicates(pack.statuses.map((s) => s.id), 'statuses', file, problems);
  duplicates(pack.events.map((e) => e.id), 'events', file, problems);
  duplicates(pack.rules.map((r) => r.id), 'rules', file, problems);
  const known = (set: Set<string>, what: string) => (set.size ? `${what}: ${[...set].join(', ')}` : `this pack defines no ${what}`);
  const needStatus = (id: string | undefined, field: string) => {
    if (id !== undefined && !statuses.has(id)) problems.push({ file, field, problem: `"${id}" is not one of the pack's statuses (${known(statuses, 'statuses')}).` });
  };
  const needEvent = (id: string, field: string, allowFamilyExport = false) => {
    if (allowFamilyExport && id === 'family-export') return;
    if (!events.has(id)) problems.push({ file, field, problem: `"${id}" is not one of the pack's events (${known(events, 'events')}).` });
  };
  pack.rules.forEach((rule: Rule, i) => {
    const at = `rules[${i}]`;
    if (rule.type === 'visits') needStatus(rule.status, `${at}.status`);
    if (rule.type === 'follow-up') {
      needEvent(rule.after, `${at}.after`);
      needEvent(rule.metBy, `${at}.metBy`);
      needStatus(rule.status, `${at}.status`);
    }
    if (rule.type === 'report-before') {
      needEvent(rule.event, `${at}.event`);
      needEvent(rule.metBy, `${at}.metBy`, true);
    }
    const hours = (d: object, field: string) => {
      if ('hours' in d && rule.type !== 'recording') problems.push({ file, field, problem: 'hours can only be used in recording rules; use workingDays, days, weeks or months.' });
    };
    if (rule.type === 'visits') {
      hours(rule.every, `${at}.every`);
      if (rule.first) hours(rule.first, `${at}.first`);
      if (rule.afterFirstYear) {
        hours(rule.afterFirstYear.permanent, `${at}.afterFirstYear.permanent`);
        hours(rule.afterFirstYear.otherwise, `${at}.afterFirstYear.otherwise`);
      }
    }
    if (rule.type === 'follow-up') hours(rule.within, `${at}.within`);
    if (rule.type === 'report-before') hours(rule.before, `${at}.before`);
  });
  return problems;
}

function duplicates(ids: string[], list: string, file: string, problems: TeamFileProblem[]): void {
  problems.push(...duplicateProblems(ids, (i) => `${list}[${i}].id`, file, (id) => `"${id}" is used twice in ${list}; each id must be different.`));
}
