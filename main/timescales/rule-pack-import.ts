/**
 * Reading a pack file someone chose: parseRulePack's problems become one message a team manager can
 * work through in a text editor (main/shared/team-file.ts), and the rules in use stay as they were.
 */
import { readTeamFile } from '../shared/team-file';
import { parseRulePack } from './parse-rule-pack';
import type { RulePackFile } from './rule-pack-schema';

export function readRulePack(fileName: string, text: string): { displayName: string; pack: RulePackFile } {
  const { displayName, value } = readTeamFile(fileName, text, parseRulePack, 'the rules in use have not changed');
  return { displayName, pack: value };
}
