/**
 * Reads a rule pack file (YAML, or JSON — which is YAML too) and checks it. Every problem names the
 * file, the field (as a path a person can find: `rules[2].within`) and what is wrong, because the
 * person fixing it is a team manager with a text editor, not a developer. All problems are reported
 * at once (references between parts are checked once the file's shape is right), so a round of edits
 * fixes as much as possible.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { RulePackFile, type Rule } from './rule-pack-schema';

export interface RulePackProblem {
  file: string;
  /** e.g. "rules[2].within"; "" for the file as a whole. */
  field: string;
  problem: string;
}

export class RulePackError extends Error {
  constructor(readonly problems: RulePackProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RulePackError';
  }
}

export function formatProblem(p: RulePackProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.problem}` : `${p.file}: ${p.problem}`;
}

/** The most problems reported at once: more usually means the wrong file was chosen. */
const MAX_PROBLEMS = 20;

export function parseRulePack(fileName: string, text: string): RulePackFile {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new RulePackError(
      document.errors.slice(0, MAX_PROBLEMS).map((error) => {
        const at = error.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}: ` : '';
        return { file: fileName, field: '', problem: `${where}this is not valid YAML or JSON (${firstLine(error.message)}).` };
      }),
    );
  }
  const raw: unknown = document.toJS({ maxAliasCount: 50 });
  const parsed = RulePackFile.safeParse(raw);
  if (!parsed.success) throw new RulePackError(parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => schemaProblem(fileName, issue, raw)));
  const problems = crossReferenceProblems(fileName, parsed.data);
  if (problems.length > 0) throw new RulePackError(problems.slice(0, MAX_PROBLEMS));
  return parsed.data;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '').trim();
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

function schemaProblem(file: string, issue: z.core.$ZodIssue, raw: unknown): RulePackProblem {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { file, field, problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling).` };
  }
  if (field === '') return { file, field, problem: 'this is not a Casework rule pack (it should start with "format: casework-rule-pack").' };
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return { file, field, problem: 'is missing.' };
  // Our messages are written to follow the field name; zod's own defaults start with "Invalid".
  const message = issue.message.startsWith('Invalid') ? `${issue.message.toLowerCase()}.` : issue.message;
  return { file, field, problem: message };
}

/** Ids must be unique and every reference must point at something the pack defines. */
function crossReferenceProblems(file: string, pack: RulePackFile): RulePackProblem[] {
  const problems: RulePackProblem[] = [];
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

function duplicates(ids: string[], list: string, file: string, problems: RulePackProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ file, field: `${list}[${i}].id`, problem: `"${id}" is used twice in ${list}; each id must be different.` });
    seen.add(id);
  });
}
