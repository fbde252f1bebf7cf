/** Small pure rules of packs: ages at events, UK dates, and the builder's field paths and counts. */
import { describe, expect, it } from 'vitest';
import type { PackChild } from '../../../preload/contract';
import { ageAtEvent, ageNow } from '../../../main/packs/ages';
import { inUkPeriod, longUkDate } from '../../../main/packs/uk-time';
import { fieldId, fieldIdOfErrorPath, parseFieldId, withField } from '../../../renderer/features/packs/pack-fields';
import { lastSixMonths, markedPassages, markedText } from '../../../renderer/features/packs/pack-text';
import { isMarkThirdPartyKey as isMarkKey } from '../../../renderer/lib/shortcut-keys';

describe('ages', () => {
  it('says years and months at an event, from the date of birth', () => {
    expect(ageAtEvent('2016-04-03', '2026-02-02')).toBe('9 years 9 months');
    expect(ageAtEvent('2016-04-03', '2026-04-03')).toBe('10 years');
    expect(ageAtEvent('2016-04-03', '2017-05-03')).toBe('1 year 1 month');
    expect(ageAtEvent('2026-01-10', '2026-03-09')).toBe('1 month');
    expect(ageAtEvent('2026-01-10', '2026-01-20')).toBe('Under 1 month');
    expect(ageAtEvent('2026-01-10', '2025-12-01')).toBe('Before birth');
    expect(ageAtEvent(null, '2026-01-01')).toBeNull();
    expect(ageNow('2016-04-03', '2026-04-02')).toBe('9 years');
    expect(ageNow('2025-12-01', '2026-06-02')).toBe('6 months');
  });
});

describe('UK dates', () => {
  it('reads instants on the UK wall clock (GMT and BST)', () => {
    expect(inUkPeriod('2026-05-31T23:30:00.000Z', '2026-01-01', '2026-05-31')).toBe(false); // 1 June, 00:30 BST
    expect(inUkPeriod('2025-12-31T23:30:00.000Z', '2026-01-01', '2026-05-31')).toBe(false); // GMT
    expect(inUkPeriod('2026-03-31T23:30:00.000Z', '2026-04-01', '2026-04-01')).toBe(true);
    expect(longUkDate('2026-03-12')).toBe('12 March 2026');
  });
});

const child: PackChild = {
  caseId: 'c',
  childName: 'Ava',
  details: [{ label: 'Name', value: 'Ava {{x}}' }],
  seen: [{ date: '2026-01-01', time: null, answer: 'Seen', detail: 'Present: {{Mrs Green}}', noteId: null }],
  sections: [{ key: 'k', heading: 'Worries', text: '{{a}} and {{b}} and {{}}' }],
  chronology: [{ date: '2026-01-01', time: null, age: null, event: 'e', source: '{{s}}', analysis: '' }],
};

describe("the builder's fields", () => {
  it('names every editable text by where it lives, and puts a value back there only', () => {
    const ref = parseFieldId(fieldId({ child: 0, part: 'sections', row: 0, prop: 'text' }))!;
    expect(ref).toEqual({ child: 0, part: 'sections', row: 0, prop: 'text' });
    const changed = withField(child, ref, 'new');
    expect(changed.sections[0]).toEqual({ key: 'k', heading: 'Worries', text: 'new' });
    expect(changed.details).toBe(child.details);
    expect(child.sections[0]!.text).toBe('{{a}} and {{b}} and {{}}');
    expect(parseFieldId('pack-0-sections-0-key')).toBeNull();
    expect(parseFieldId('pack-0-seen-0-answer')).toBeNull();
    expect(parseFieldId('new-pack-from')).toBeNull();
    expect(fieldIdOfErrorPath('children.1.chronology.3.analysis')).toBe('pack-1-chronology-3-analysis');
    expect(fieldIdOfErrorPath('children')).toBeUndefined();
    expect(fieldIdOfErrorPath(undefined)).toBeUndefined();
  });

  it('counts marked passages per child (empty markers are not passages)', () => {
    expect(markedPassages(child)).toBe(5);
    expect(markedText(1)).toBe('1 passage marked as third party');
    expect(markedText(0)).toBe('No passages marked as third party');
  });

  it('uses Ctrl/Cmd+Shift+M, by physical key', () => {
    const key = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: true, code: 'KeyM' };
    expect(isMarkKey(key)).toBe(true);
    expect(isMarkKey({ ...key, ctrlKey: false, metaKey: true })).toBe(true);
    expect(isMarkKey({ ...key, shiftKey: false })).toBe(false);
    expect(isMarkKey({ ...key, altKey: true })).toBe(false);
  });

  it('offers the last six months as a new pack period', () => {
    expect(lastSixMonths(new Date(2026, 10, 26))).toEqual({ from: '2026-05-26', to: '2026-11-26' });
  });
});
