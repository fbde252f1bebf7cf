/**
 * Reading a pack file someone chose: parseRulePack's problems become one message a team manager can
 * work through in a text editor — each problem on its own line naming the file, the field and what is
 * wrong — and the file is named without the folders it came from.
 */
import { AppError } from '../shared/app-error';
import { formatProblem, parseRulePack, RulePackError } from './parse-rule-pack';
import type { RulePackFile } from './rule-pack-schema';

/** More than this is shown as "and N more": fixing the first ones usually changes the rest. */
const PROBLEMS_SHOWN = 10;

/** "C:\Users\sam\Desktop\team.yaml" and "/home/sam/team.yaml" are both "team.yaml". */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/u).filter((part) => part !== '').at(-1) ?? fileName;
}

export function readRulePack(fileName: string, text: string): { displayName: string; pack: RulePackFile } {
  const displayName = baseName(fileName);
  try {
    return { displayName, pack: parseRulePack(displayName, text) };
  } catch (error) {
    if (!(error instanceof RulePackError)) throw error;
    throw new AppError('INVALID_REQUEST', problemsMessage(displayName, error), { field: 'text' });
  }
}

export function problemsMessage(displayName: string, error: RulePackError): string {
  const { problems } = error;
  const lines = problems.slice(0, PROBLEMS_SHOWN).map(formatProblem);
  if (problems.length > PROBLEMS_SHOWN) lines.push(`and ${problems.length - PROBLEMS_SHOWN} more.`);
  const heading = `${displayName} was not imported: the rules in use have not changed. Fix ${problems.length === 1 ? 'this' : 'these'} in the file and import it again:`;
  return [heading, ...lines].join('\n');
}
