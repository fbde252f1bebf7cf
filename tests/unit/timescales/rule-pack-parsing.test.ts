/** Rule pack files: the example parses; every mistake is named by file, field and problem. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PACK_TEXT } from '../../../main/timescales/example-pack';
import { parseRulePack } from '../../../main/timescales/parse-rule-pack';
import { TeamFileError } from '../../../main/shared/team-file';

function problems(fileName: string, text: string): string[] {
  try {
    parseRulePack(fileName, text);
  } catch (error) {
    if (error instanceof TeamFileError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected the pack to be refused');
}

describe('rule pack files', () => {
  it('the example pack parses and says it is an example the team owns', () => {
    const pack = parseRulePack('england-example-defaults.yaml', EXAMPLE_PACK_TEXT);
    expect(pack.name).toBe('England — example defaults');
    expect(pack.rules.map((r) => r.id)).toContain('cp-visit');
    expect(EXAMPLE_PACK_TEXT).toMatch(/not the law/u);
  });

  it('JSON works as well as YAML', () => {
    const json = JSON.stringify({ format: 'casework-rule-pack', formatVersion: 1, name: 'Team', revision: 2, statuses: [{ id: 'cin', label: 'Child in need' }] });
    expect(parseRulePack('team.json', json).revision).toBe(2);
  });

  it('names the file, the field and the problem for a wrong duration, a misspelt field and a bad reference', () => {
    const text = EXAMPLE_PACK_TEXT.replace('every: { workingDays: 10 }', 'every: { workingdays: 10 }').replace('seenAlone: expected\n', 'seenalone: expected\n');
    expect(problems('team.yaml', text)).toEqual([
      'team.yaml: rules[0].every: must be exactly one of workingDays, days, weeks, months or hours, e.g. { workingDays: 10 }.',
      'team.yaml: rules[0]: unknown field "seenalone" (check the spelling).',
    ]);
    const badStatus = EXAMPLE_PACK_TEXT.replace('status: looked-after\n', 'status: looked-afer\n');
    expect(problems('team.yaml', badStatus)).toEqual([
      'team.yaml: rules[1].status: "looked-afer" is not one of the pack\'s statuses (statuses: child-in-need, child-protection-plan, looked-after).',
    ]);
  });

  it('refuses duplicate ids, missing fields, hours outside recording rules and a wrong format version', () => {
    const text = `format: casework-rule-pack
formatVersion: 2
name: Team
statuses:
  - { id: cin, label: Child in need }
  - { id: cin, label: Again }
rules:
  - { id: v, label: Visits, type: visits, status: cin, every: { hours: 48 } }
  - { id: w, label: Other, type: weekly }
`;
    expect(problems('team.yaml', text)).toEqual([
      'team.yaml: formatVersion: must be 1 (this version of Casework reads rule pack format 1).',
      'team.yaml: revision: is missing.',
      'team.yaml: rules[1].type: type must be one of visits, follow-up, report-before or recording.',
    ]);
    const yearly = EXAMPLE_PACK_TEXT.replace('permanent: { months: 3 }', 'permanent: { hours: 200 }');
    expect(problems('team.yaml', yearly)).toEqual([
      'team.yaml: rules[1].afterFirstYear.permanent: hours can only be used in recording rules; use workingDays, days, weeks or months.',
    ]);
    const shapeOk = text.replace('formatVersion: 2', 'formatVersion: 1\nrevision: 1').replace("  - { id: w, label: Other, type: weekly }\n", '');
    expect(problems('team.yaml', shapeOk)).toEqual([
      'team.yaml: statuses[1].id: "cin" is used twice in statuses; each id must be different.',
      'team.yaml: rules[0].every: hours can only be used in recording rules; use workingDays, days, weeks or months.',
    ]);
  });

  it('points at the line of a YAML syntax error, and refuses something that is not a pack at all', () => {
    expect(problems('team.yaml', 'rules: [\n  - id: x\n   bad')[0]).toMatch(/^team\.yaml: line 2, column 3: this is not valid YAML or JSON/u);
    expect(problems('notes.txt', 'Just some text')).toEqual(['notes.txt: this is not a Casework rule pack (it should start with "format: casework-rule-pack").']);
    // An alias with nothing to stand for is the file's problem, not a crash (found by the boundary fuzz).
    expect(problems('team.yaml', 'format: casework-rule-pack\nname: *team\n')).toEqual([
      'team.yaml: *team is used before &team marks what it stands for (or there is no &team); write the value out instead.',
    ]);
  });
});
