/**
 * Files a team writes and shares (a rule pack, a set of note templates): YAML, or JSON — which is YAML
 * too. Every problem names the file, the field (as a path a person can find: `rules[2].within`) and what
 * is wrong, because the person fixing it is a team manager with a text editor, not a developer. All
 * problems are reported at once, so a round of edits fixes as much as possible.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { AppError } from './app-error';

export interface TeamFileProblem {
  file: string;
  /** e.g. "rules[2].within"; "" for the file as a whole. */
  field: string;
  problem: string;
}

export class TeamFileError extends Error {
  constructor(readonly problems: TeamFileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'TeamFileError';
  }
}

export function formatProblem(p: TeamFileProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.problem}` : `${p.file}: ${p.problem}`;
}

/** The most problems collected at once: more usually means the wrong file was chosen. */
export const MAX_PROBLEMS = 20;

/**
 * Parses the text and checks it against the schema. `wrongFile` is said when the file is not this kind
 * of file at all (the schema refused the whole document), e.g. 'this is not a Casework rule pack (…)'.
 */
export function parseTeamFile<T>(fileName: string, text: string, schema: z.ZodType<T>, wrongFile: string): T {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new TeamFileError(
      document.errors.slice(0, MAX_PROBLEMS).map((error) => {
        const at = error.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}: ` : '';
        return { file: fileName, field: '', problem: `${where}this is not valid YAML or JSON (${firstLine(error.message)}).` };
      }),
    );
  }
  const raw = documentValue(fileName, document);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new TeamFileError(parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => schemaProblem(fileName, issue, raw, wrongFile)));
  }
  return parsed.data;
}

/**
 * The document as plain values. The YAML library reports an alias with no anchor before it, and a
 * file whose aliases multiply into too much to read (a "billion laughs" file), by throwing rather than
 * as parse errors: both are problems with the file, said as such.
 */
function documentValue(fileName: string, document: ReturnType<typeof parseDocument>): unknown {
  try {
    return document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = /^Unresolved alias[^:]*: (.*)$/u.exec(error.message);
    const problem = unresolved
      ? `*${unresolved[1]} is used before &${unresolved[1]} marks what it stands for (or there is no &${unresolved[1]}); write the value out instead.`
      : 'its aliases (*name) repeat too much to be read safely; write the values out instead.';
    throw new TeamFileError([{ file: fileName, field: '', problem }]);
  }
}

/** Records ids (or names) that appear twice in a list, each naming the later one's field. */
export function duplicateProblems(values: string[], field: (index: number) => string, file: string, what: (value: string) => string): TeamFileProblem[] {
  const seen = new Set<string>();
  const problems: TeamFileProblem[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) problems.push({ file, field: field(i), problem: what(value) });
    seen.add(value);
  });
  return problems;
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

function schemaProblem(file: string, issue: z.core.$ZodIssue, raw: unknown, wrongFile: string): TeamFileProblem {
  const field = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return { file, field, problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling).` };
  }
  if (field === '') return { file, field, problem: wrongFile };
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return { file, field, problem: 'is missing.' };
  // Our messages are written to follow the field name; zod's own defaults start with "Invalid".
  const message = issue.message.startsWith('Invalid') ? `${issue.message.toLowerCase()}.` : issue.message;
  return { file, field, problem: message };
}

// ---- reading a file someone chose ----------------------------------------------------------------------

/** More than this is shown as "and N more": fixing the first ones usually changes the rest. */
const PROBLEMS_SHOWN = 10;

/** "C:\Users\sam\Desktop\team.yaml" and "/home/sam/team.yaml" are both "team.yaml". */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/u).filter((part) => part !== '').at(-1) ?? fileName;
}

/**
 * Runs a parser on a file the practitioner chose, named without the folders it came from. Its problems
 * become one INVALID_REQUEST: a heading saying nothing changed (`unchanged`, e.g. "the rules in use have
 * not changed"), then one problem a line.
 */
export function readTeamFile<T>(fileName: string, text: string, parse: (displayName: string, text: string) => T, unchanged: string): { displayName: string; value: T } {
  const displayName = baseName(fileName);
  try {
    return { displayName, value: parse(displayName, text) };
  } catch (error) {
    if (!(error instanceof TeamFileError)) throw error;
    throw new AppError('INVALID_REQUEST', problemsMessage(displayName, error, unchanged), { field: 'text' });
  }
}

export function problemsMessage(displayName: string, error: TeamFileError, unchanged: string): string {
  const { problems } = error;
  const lines = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
  if (problems.length > PROBLEMS_SHOWN) lines.push(`and ${problems.length - PROBLEMS_SHOWN} more.`);
  const heading = `${displayName} was not imported: ${unchanged}. Fix ${problems.length === 1 ? 'this' : 'these'} in the file and import it again:`;
  return [heading, ...lines].join('\n');
}
